#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QToolButton;

namespace ChoPhien {

// Chooses a product's origin: a commune or ward of the 2025 administration. The clerk types part of
// the name, with or without diacritics ("tan lap, lam dong", or a code), and picks from the list with
// the arrow keys and Enter. An address from before July 2025 ("Phường Trúc Bạch, Ba Đình, Hà Nội") is
// offered as the commune it became; when the old commune was split, every new one is listed and the
// clerk is asked to choose. A line under the field always says what will be saved.
class OriginPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginPicker)

public:
    enum Role { CodeRole = Qt::UserRole + 1, FromOldRole };

    // What the commune is of: where the product is made, or where a member household lives (only the
    // sentences differ).
    enum class Purpose { Origin, Household };
    explicit OriginPicker(QWidget* parent = nullptr, Purpose purpose = Purpose::Origin);

    QString communeCode() const { return m_commune; }
    QString provinceCode() const { return m_province; }
    // Shows a stored origin; no changed() signal (it is not an edit).
    void setCodes(const QString& communeCode, const QString& provinceCode);

    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    QString statusText() const;
    QString hintText() const;

Q_SIGNALS:
    void changed(); // the clerk chose or cleared the origin

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Purpose m_purpose;
    void suggest();
    void addOldAddressRows(const QString& text);
    void showPopup();
    void choose(const QString& communeCode, const QString& fromOld);
    void settleTypedText();
    void clearChoice();
    void showChoice();

    QLineEdit* m_edit;
    QToolButton* m_clear;
    QLabel* m_status;
    QLabel* m_hint;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer* m_retry; // while the unit tables load off the GUI thread
    QString m_commune;
    QString m_province;
    QString m_fromOld; // the old address the choice was read from, if any
    bool m_choosing = false;
};

} // namespace ChoPhien
