#include "BuyerProfiles.h"

#include <core/AdminUnits.h>

namespace ChoPhien::BuyerProfiles {
namespace {

template <size_t N> QString pick(QRandomGenerator& random, const char* const (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(quint32(N))]);
}

} // namespace

QJsonObject buyer(QRandomGenerator& random)
{
    static const char* const names[] = {
        "Trần Thị Lan",   "Nguyễn Văn Hùng", "Lê Thị Mai",     "Phạm Minh Tuấn",    "Hoàng Thị Thu",
        "Vũ Đức Anh",     "Đặng Thị Hồng",   "Bùi Văn Nam",    "Đỗ Thị Ngọc Ánh",   "Hồ Quang Huy",
        "Ngô Thị Phương", "Dương Văn Long",  "Lý Thị Kim Chi", "Phan Thanh Bình",   "Trương Thị Yến",
        "Huỳnh Văn Phúc", "Võ Thị Thanh Hà", "Đinh Công Sơn",  "Lâm Thị Bích Trâm", "Tạ Văn Khoa",
    };
    static const char* const prefixes[] = {"090", "091", "093", "094", "096", "097",
                                           "098", "086", "088", "035", "038", "070"};
    const QString phone =
        pick(random, prefixes) + QStringLiteral("%1").arg(random.bounded(10000000), 7, 10, QLatin1Char('0'));
    return {{QStringLiteral("name"), pick(random, names)}, {QStringLiteral("phone"), phone}};
}

QJsonObject delivery(QRandomGenerator& random)
{
    static const char* const streets[] = {
        "đường Lê Lợi",      "đường Trần Hưng Đạo", "phố Kim Mã",
        "đường Nguyễn Trãi", "đường Hùng Vương",    "đường 30 Tháng 4",
        "ngõ 45 phố Huế",    "đường Quang Trung",   "đường Hai Bà Trưng",
    };
    static const char* const hamlets[] = {"Thôn", "Ấp", "Bản", "Xóm", "Tổ dân phố"};
    static const char* const notes[] = {"",
                                        "",
                                        "Gọi trước khi giao.",
                                        "Giao giờ hành chính.",
                                        "Để hàng ở phòng bảo vệ nếu không có người nhận.",
                                        "Giao sau 17 giờ."};
    const QList<AdminUnit>& provinces = AdminUnits::instance().provinces();
    const AdminUnit& province = provinces.at(qsizetype(random.bounded(quint32(provinces.size()))));
    const QList<AdminUnit> communes = AdminUnits::instance().communesOf(province.code);
    const AdminUnit& commune = communes.at(qsizetype(random.bounded(quint32(communes.size()))));
    const QString line =
        random.bounded(2) == 0
            ? QStringLiteral("Số %1, %2").arg(random.bounded(1, 300)).arg(pick(random, streets))
            : QStringLiteral("%1 %2").arg(pick(random, hamlets)).arg(random.bounded(1, 15));
    return {{QStringLiteral("address"), line},
            {QStringLiteral("commune_code"), commune.code},
            {QStringLiteral("province_code"), province.code},
            {QStringLiteral("note"), pick(random, notes)}};
}

} // namespace ChoPhien::BuyerProfiles
