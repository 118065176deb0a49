#include "api/wire/HardwareName.h"

#include <QTest>

using namespace td;

// Hardware ids as the emulator and the 2026 contract send them, each said as a person reads it;
// an id of an unknown shape is shown as sent, never guessed at.
class TestHardwareName : public QObject
{
    Q_OBJECT

private slots:
    void ids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("shown");
        // v1 endpoints (GET hardware; the emulator's catalog and the contract's examples)
        QTest::newRow("v1 2x h100") << "2x_nvidia_h100_80gb_sxm"
                                    << "2x H100 80GB";
        QTest::newRow("v1 1x h100") << "1x_nvidia_h100_80gb_sxm"
                                    << "1x H100 80GB";
        QTest::newRow("v1 a100 sxm") << "2x_nvidia_a100_80gb_sxm"
                                     << "2x A100 80GB";
        QTest::newRow("v1 a100 pcie") << "1x_nvidia_a100_80gb_pcie"
                                      << "1x A100 80GB PCIe";
        QTest::newRow("v1 8x h200") << "8x_nvidia_h200_140gb_sxm"
                                    << "8x H200 140GB";
        // v2 instance type names and GPU types (/v2/public/inference-instance-types, deployments)
        QTest::newRow("v2 2x h100") << "2xnvidia-h100-80gb"
                                    << "2x H100 80GB";
        QTest::newRow("v2 8x h200") << "8xnvidia-h200-141gb"
                                    << "8x H200 141GB";
        QTest::newRow("v2 l40s") << "1xnvidia-l40s-48gb"
                                 << "1x L40S 48GB";
        QTest::newRow("gpu type b200") << "nvidia-b200-180gb"
                                       << "B200 180GB";
        QTest::newRow("gpu type h100") << "nvidia-h100-80gb"
                                       << "H100 80GB";
        QTest::newRow("jig gpu_type") << "h100-80gb"
                                      << "H100 80GB";
        QTest::newRow("upper case") << "NVIDIA_H100_80GB"
                                    << "H100 80GB";
        // already readable (the bundled catalog's names) stays so
        QTest::newRow("catalog") << "1x H100 80GB"
                                 << "1x H100 80GB";
        // unknown shapes: as sent
        QTest::newRow("instance id") << "it_1xh100"
                                     << "it_1xh100";
        QTest::newRow("config name") << "llama33_70b_2xh100_fp8"
                                     << "llama33_70b_2xh100_fp8";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "2x something odd here"
                               << "2x something odd here";
    }

    void ids()
    {
        QFETCH(QString, id);
        QFETCH(QString, shown);
        QCOMPARE(readableHardware(id), shown);
    }

    void typeAndCount()
    {
        QCOMPARE(readableHardware(2, QStringLiteral("nvidia-h100-80gb")), QStringLiteral("2x H100 80GB"));
        QCOMPARE(readableHardware(1, QStringLiteral("nvidia-l40s-48gb")), QStringLiteral("1x L40S 48GB"));
        QCOMPARE(readableHardware(0, QStringLiteral("nvidia-h100-80gb")), QStringLiteral("H100 80GB"));
        QCOMPARE(readableHardware(4, QStringLiteral("mystery")), QStringLiteral("4x mystery"));
    }
};

QTEST_GUILESS_MAIN(TestHardwareName)
#include "tst_hardwarename.moc"
