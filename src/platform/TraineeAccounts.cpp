#include "TraineeAccounts.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ChoPhien {
namespace {

const QString kSecretKey = QStringLiteral("trainee_secret");

} // namespace

TraineeAccounts::TraineeAccounts(PlatformStore& store, Accounts& accounts)
    : m_store(store)
    , m_accounts(accounts)
{}

QString TraineeAccounts::username(int number)
{
    return QStringLiteral("hocvien%1").arg(number, 2, 10, QLatin1Char('0'));
}

QString TraineeAccounts::password(const QByteArray& secret, const QString& username)
{
    // Words without diacritics, so any keyboard types them.
    static const char* const words[] = {"lua", "sen",  "mai",  "dao",   "cuc",  "tre",   "me",   "ot",
                                        "bap", "ca",   "suoi", "nui",   "song", "may",   "gio",  "sao",
                                        "que", "nang", "mua",  "ruong", "cho",  "phien", "lang", "hoa"};
    constexpr quint32 n = std::size(words);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(username.toUtf8(), secret, QCryptographicHash::Sha256);
    const auto byte = [&mac](int i) { return quint32(quint8(mac.at(i))); };
    return QStringLiteral("%1-%2-%3")
        .arg(QString::fromLatin1(words[byte(0) % n]), QString::fromLatin1(words[byte(1) % n]))
        .arg((byte(2) << 8 | byte(3)) % 10000, 4, 10, QLatin1Char('0'));
}

QByteArray TraineeAccounts::secret()
{
    QByteArray secret = QByteArray::fromHex(m_store.meta(kSecretKey).toLatin1());
    if (!secret.isEmpty())
        return secret;
    secret.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), 4);
    return m_store.setMeta(kSecretKey, QString::fromLatin1(secret.toHex())) ? secret : QByteArray();
}

QList<Credential> TraineeAccounts::ensure(int count, const QString& nowText, QString* error)
{
    const QByteArray key = secret();
    if (key.isEmpty()) {
        *error = QStringLiteral("cannot keep the trainees' secret");
        return {};
    }
    QList<Credential> credentials;
    for (int number = 1; number <= count; ++number) {
        const QString name = username(number);
        const QString word = password(key, name);
        // An account that exists is left as it is: checking its password would cost a PBKDF2 run
        // (about 0.2 s in a debug build) per trainee at every start.
        if (m_accounts.sellerId(name).isEmpty() && !m_accounts.ensure(name, word, nowText, error))
            return {};
        credentials.append({name, word, {}});
    }
    return credentials;
}

} // namespace ChoPhien
