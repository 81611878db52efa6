#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChoPhien {

// The moderation rule tables (resources/rules/listing-rules.json, ADR 0017): versioned data that
// the platform moderates with and the desktop app checks a listing with before it is sent. Each
// rule has a kind the evaluator (ListingCheck) knows, the product groups it applies to, the field
// it is about, a machine code and its message in Vietnamese and English.
class ListingRules final {
public:
    // The table format this code reads; a table of another format is refused.
    static constexpr int kFormat = 1;

    enum class Kind {
        Required,      // `field` (or one of `any_of`) must be given
        TitleLength,   // `field`'s length in code points within [min, max]
        PhotoCount,    // at least `min` photos
        PhotoType,     // every photo's content type in `allowed`
        PhotoSize,     // every photo at least min_width × min_height
        MainPhotoSize, // the first photo at least min_width × min_height
        BannedClaim,   // none of `phrases` in `fields` (accent- and case-insensitive, whole words),
                       // outside the wordings in `except`
        OcopValid,     // `field` (a date) less than `months` months ago
    };

    struct Message {
        QString vi;
        QString en;
    };

    struct Rule {
        Kind kind = Kind::Required;
        QStringList groups; // "*" for every group, "" (not chosen) included
        QString field;
        QStringList anyOf;  // Required: the fields of which one suffices (default: `field`)
        QStringList fields; // BannedClaim: the fields searched
        QStringList phrases;
        QStringList except; // BannedClaim: wordings that contain a phrase and are allowed (required warnings)
        QStringList allowed;
        int min = 0;
        int max = 0;
        int minWidth = 0;
        int minHeight = 0;
        int months = 0;
        QString code;
        Message message;
        QString shortCode; // TitleLength: the code and message of a title under `min`
        Message shortMessage;

        bool appliesTo(const QString& group) const;
    };

    // The tables compiled into the program (":/rules/listing-rules.json").
    static const ListingRules& builtIn();
    // Reads a table; nullopt with `error` when it is not a valid table of kFormat.
    static std::optional<ListingRules> fromJson(const QByteArray& json, QString* error = nullptr);

    int version() const { return m_version; }
    const QList<Rule>& rules() const { return m_rules; }

private:
    int m_version = 0;
    QList<Rule> m_rules;
};

} // namespace ChoPhien
