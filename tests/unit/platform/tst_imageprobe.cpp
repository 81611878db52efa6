// A photo's size as shown (after EXIF orientation), and what is not an image of its type.
#include <platform/ImageProbe.h>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;

class TestImageProbe final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    QString write(const QString& name, const QImage& image, const char* format,
                  QImageIOHandler::Transformations transformation = QImageIOHandler::TransformationNone)
    {
        const QString path = m_folder.filePath(name);
        QImageWriter writer(path, format);
        writer.setTransformation(transformation);
        return writer.write(image) ? path : QString();
    }

    QString writeBytes(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
    }

private Q_SLOTS:
    void sizesOfReadableImages()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString png = write(QStringLiteral("a.png"), image, "png");
        const QString jpeg = write(QStringLiteral("a.jpg"), image, "jpeg");
        QCOMPARE(ImageProbe::orientedSize(png, QStringLiteral("image/png")), QSize(64, 48));
        QCOMPARE(ImageProbe::orientedSize(jpeg, QStringLiteral("image/jpeg")), QSize(64, 48));
    }

    void orientationTurnsTheSize()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::blue);
        const QString jpeg =
            write(QStringLiteral("turned.jpg"), image, "jpeg", QImageIOHandler::TransformationRotate90);
        QCOMPARE(ImageProbe::orientedSize(jpeg, QStringLiteral("image/jpeg")), QSize(48, 64));
    }

    void webpToo()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::yellow);
        const QString webp = write(QStringLiteral("a.webp"), image, "webp");
        QVERIFY2(!webp.isEmpty(), "no WebP writer: qt6-image-formats-plugins is missing");
        QCOMPARE(ImageProbe::orientedSize(webp, QStringLiteral("image/webp")), QSize(40, 30));
    }

    // A phone-sized photo is measured from its header and decoded small; cut short, it is refused.
    void largePhotosWholeOrCutShort()
    {
        QImage image(2400, 1600, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); x += 40)
                image.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
        const QString jpeg =
            write(QStringLiteral("big.jpg"), image, "jpeg", QImageIOHandler::TransformationRotate90);
        QCOMPARE(ImageProbe::orientedSize(jpeg, QStringLiteral("image/jpeg")), QSize(1600, 2400));
        const QString png = write(QStringLiteral("big.png"), image, "png");
        QCOMPARE(ImageProbe::orientedSize(png, QStringLiteral("image/png")), QSize(2400, 1600));

        for (const QString& path : {jpeg, png}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QString cut = writeBytes(QStringLiteral("cut-") + QFileInfo(path).fileName(),
                                           bytes.left(bytes.size() * 2 / 3));
            const QString type =
                path.endsWith(u".jpg") ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
            QVERIFY2(!ImageProbe::orientedSize(cut, type), qPrintable(cut));
        }
    }

    void notAnImageOfItsType()
    {
        QImage image(20, 20, QImage::Format_RGB32);
        image.fill(Qt::green);
        const QString png = write(QStringLiteral("b.png"), image, "png");
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!ImageProbe::orientedSize(png, QStringLiteral("image/jpeg"))); // a PNG called JPEG
        QVERIFY(!ImageProbe::orientedSize(png, QStringLiteral("image/gif")));  // not a type we take
        QVERIFY(!ImageProbe::orientedSize(writeBytes(QStringLiteral("c.png"), QByteArray(500, 'x')),
                                          QStringLiteral("image/png")));
        QVERIFY(!ImageProbe::orientedSize(writeBytes(QStringLiteral("d.png"), bytes.left(bytes.size() / 2)),
                                          QStringLiteral("image/png")));
        QVERIFY(!ImageProbe::orientedSize(m_folder.filePath(QStringLiteral("missing.png")),
                                          QStringLiteral("image/png")));
    }
};

QTEST_GUILESS_MAIN(TestImageProbe)
#include "tst_imageprobe.moc"
