// The CSV reader: encodings, delimiters, quoting, broken rows and the size limit, on the fixtures of
// tests/data/import and on small texts written here.
#include "csv.h"

#include <QElapsedTimer>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(Csv::Encoding)

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void fields_data();
    void fields();
    void splitRows_data();
    void splitRows();
    void badFiles_data();
    void badFiles();
    void windows1251MatchesIcu();
    void detectEncoding_data();
    void detectEncoding();
    void quoteField_data();
    void quoteField();
    void tooLargeIsRefusedQuickly();
    void largeFileIsQuick();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(LOYALTY_TEST_DATA "/import/") + name;
    }
};

void TestCsv::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Csv::Encoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("badLines"); // rows whose shape is wrong

    QTest::newRow("utf8 comma") << QStringLiteral("utf8_comma.csv") << Csv::Encoding::Utf8
                                << QChar(QLatin1Char(','))
                                << QStringList {QStringLiteral("Name"),     QStringLiteral("Phone"),
                                                QStringLiteral("E-mail"),   QStringLiteral("Card number"),
                                                QStringLiteral("Birthday"), QStringLiteral("Points"),
                                                QStringLiteral("Notes")}
                                << 3 << QList<int> {};
    QTest::newRow("utf8 bom semicolon crlf")
        << QStringLiteral("utf8_bom_semicolon_ru.csv") << Csv::Encoding::Utf8Bom << QChar(QLatin1Char(';'))
        << QStringList {QStringLiteral("Имя"),           QStringLiteral("Телефон"),
                        QStringLiteral("Эл. почта"),     QStringLiteral("Номер карты"),
                        QStringLiteral("Дата рождения"), QStringLiteral("Баллы"),
                        QStringLiteral("Примечание")}
        << 2 << QList<int> {};
    QTest::newRow("cp1251") << QStringLiteral("cp1251_semicolon.csv") << Csv::Encoding::Windows1251
                            << QChar(QLatin1Char(';'))
                            << QStringList {QStringLiteral("Фамилия"), QStringLiteral("Имя"),
                                            QStringLiteral("Телефон"), QStringLiteral("Номер карты"),
                                            QStringLiteral("Бонусы")}
                            << 2 << QList<int> {};
    QTest::newRow("tab chinese") << QStringLiteral("tab_chinese.tsv") << Csv::Encoding::Utf8
                                 << QChar(QLatin1Char('\t'))
                                 << QStringList {QStringLiteral("姓名"), QStringLiteral("手机"),
                                                 QStringLiteral("卡号"), QStringLiteral("生日"),
                                                 QStringLiteral("积分"), QStringLiteral("备注")}
                                 << 2 << QList<int> {};
    QTest::newRow("quoted newlines") << QStringLiteral("quoted_newlines.csv") << Csv::Encoding::Utf8
                                     << QChar(QLatin1Char(','))
                                     << QStringList {QStringLiteral("Name"), QStringLiteral("Phone"),
                                                     QStringLiteral("Card"), QStringLiteral("Notes")}
                                     << 2 << QList<int> {};
    QTest::newRow("broken rows") << QStringLiteral("broken_rows.csv") << Csv::Encoding::Utf8
                                 << QChar(QLatin1Char(','))
                                 << QStringList {QStringLiteral("Name"), QStringLiteral("Phone"),
                                                 QStringLiteral("Card")}
                                 << 5 << QList<int> {3, 4, 6};
    QTest::newRow("invalid utf8") << QStringLiteral("invalid_utf8.csv") << Csv::Encoding::Utf8Damaged
                                  << QChar(QLatin1Char(','))
                                  << QStringList {QStringLiteral("Name"), QStringLiteral("Phone"),
                                                  QStringLiteral("Card")}
                                  << 3 << QList<int> {};
    QTest::newRow("header only") << QStringLiteral("header_only.csv") << Csv::Encoding::Utf8
                                 << QChar(QLatin1Char(','))
                                 << QStringList {QStringLiteral("Name"), QStringLiteral("Phone"),
                                                 QStringLiteral("Card")}
                                 << 0 << QList<int> {};
}

void TestCsv::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Csv::Encoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(int, rows);
    QFETCH(QList<int>, badLines);

    const auto t = Csv::readFile(fixture(file));
    QVERIFY2(t.ok(), qPrintable(t.error().message));
    QCOMPARE(t->encoding, encoding);
    QCOMPARE(t->delimiter, delimiter);
    QCOMPARE(t->header, header);
    QCOMPARE(t->rows.size(), rows);
    QList<int> bad;
    for (const Csv::Row &r : t->rows) {
        if (!r.problem.isEmpty())
            bad << r.line;
        else
            QCOMPARE(r.fields.size(), header.size());
    }
    QCOMPARE(bad, badLines);
}

// Particular cells of the fixtures, after decoding and unquoting.
void TestCsv::fields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cp1251 ё") << QStringLiteral("cp1251_semicolon.csv") << 0 << 0 << QStringLiteral("Ёлкина");
    QTest::newRow("cp1251 ж") << QStringLiteral("cp1251_semicolon.csv") << 1 << 0 << QStringLiteral("Жуков");
    QTest::newRow("bom not in first cell")
        << QStringLiteral("utf8_bom_semicolon_ru.csv") << 0 << 0 << QStringLiteral("Мария Иванова");
    QTest::newRow("crlf not in last cell")
        << QStringLiteral("utf8_bom_semicolon_ru.csv") << 0 << 6 << QStringLiteral("капучино без сахара");
    QTest::newRow("comma in quotes") << QStringLiteral("quoted_newlines.csv") << 0 << 0
                                     << QStringLiteral("Smith, John");
    QTest::newRow("newline in quotes")
        << QStringLiteral("quoted_newlines.csv") << 0 << 3 << QStringLiteral("line one\nline two");
    QTest::newRow("doubled quotes") << QStringLiteral("quoted_newlines.csv") << 1 << 0
                                    << QStringLiteral("Anna \"Annie\" Berg");
    QTest::newRow("only doubled quotes")
        << QStringLiteral("quoted_newlines.csv") << 1 << 3 << QStringLiteral("says \"hi\"");
    QTest::newRow("tab chinese") << QStringLiteral("tab_chinese.tsv") << 0 << 5 << QStringLiteral("喜欢绿茶");
    QTest::newRow("damaged utf8 marked")
        << QStringLiteral("invalid_utf8.csv") << 1 << 0
        << QString(QStringLiteral("Bad ") + QChar(QChar::ReplacementCharacter) + QStringLiteral("ukov"));
    QTest::newRow("good utf8 around damage")
        << QStringLiteral("invalid_utf8.csv") << 2 << 0 << QStringLiteral("Ирина Котова");
}

void TestCsv::fields()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const auto t = Csv::readFile(fixture(file));
    QVERIFY2(t.ok(), qPrintable(t.error().message));
    QVERIFY(row < t->rows.size());
    QCOMPARE(t->rows.at(row).fields.value(column), expected);
}

void TestCsv::splitRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<bool>("unclosed");
    using L = QList<QStringList>;
    const auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("lf") << s("a,b\nc,d\n") << s(",") << L {{s("a"), s("b")}, {s("c"), s("d")}}
                        << QList<int> {1, 2} << false;
    QTest::newRow("crlf") << s("a,b\r\nc,d\r\n") << s(",") << L {{s("a"), s("b")}, {s("c"), s("d")}}
                          << QList<int> {1, 2} << false;
    QTest::newRow("old mac cr") << s("a,b\rc,d") << s(",") << L {{s("a"), s("b")}, {s("c"), s("d")}}
                                << QList<int> {1, 2} << false;
    QTest::newRow("no final newline")
        << s("a,b") << s(",") << L {{s("a"), s("b")}} << QList<int> {1} << false;
    QTest::newRow("blank lines skipped")
        << s("a\n\n\nb\n") << s(",") << L {{s("a")}, {s("b")}} << QList<int> {1, 4} << false;
    QTest::newRow("empty fields") << s(",,\n") << s(",") << L {{s(""), s(""), s("")}} << QList<int> {1}
                                  << false;
    QTest::newRow("quoted delimiter")
        << s("\"a,b\",c") << s(",") << L {{s("a,b"), s("c")}} << QList<int> {1} << false;
    QTest::newRow("doubled quote") << s("\"a\"\"b\"") << s(",") << L {{s("a\"b")}} << QList<int> {1} << false;
    QTest::newRow("empty quoted") << s("\"\",x") << s(",") << L {{s(""), s("x")}} << QList<int> {1} << false;
    QTest::newRow("newline in quotes counts lines")
        << s("\"a\nb\nc\",d\ne,f") << s(",") << L {{s("a\nb\nc"), s("d")}, {s("e"), s("f")}}
        << QList<int> {1, 4} << false;
    QTest::newRow("crlf in quotes is one break")
        << s("\"a\r\nb\"\r\n") << s(",") << L {{s("a\nb")}} << QList<int> {1} << false;
    QTest::newRow("quote inside plain field")
        << s("ab\"c,d") << s(",") << L {{s("ab\"c"), s("d")}} << QList<int> {1} << false;
    QTest::newRow("semicolon keeps commas")
        << s("a,b;c") << s(";") << L {{s("a,b"), s("c")}} << QList<int> {1} << false;
    QTest::newRow("tab") << s("a\tb c\td") << s("\t") << L {{s("a"), s("b c"), s("d")}} << QList<int> {1}
                         << false;
    QTest::newRow("unclosed quote") << s("a,b\n\"c,d\ne,f") << s(",") << L {{s("a"), s("b")}, {s("c,d\ne,f")}}
                                    << QList<int> {1, 2} << true;
}

void TestCsv::splitRows()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<int>, lines);
    QFETCH(bool, unclosed);
    const QVector<Csv::Row> rows = Csv::splitRows(text, delimiter.at(0));
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).fields, expected.at(i));
        QCOMPARE(rows.at(i).line, lines.at(i));
    }
    QCOMPARE(!rows.isEmpty() && !rows.last().problem.isEmpty(), unclosed);
}

void TestCsv::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n") << QStringLiteral("empty");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("spreadsheet");
    QTest::newRow("binary") << QByteArray("Name\0\0\x01\x02", 8) << QStringLiteral("not a text file");
    QTest::newRow("header quote never closed")
        << QByteArray("\"Name,Phone\n") << QStringLiteral("never closed");
}

void TestCsv::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const auto t = Csv::parse(bytes);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(t.error().message));
}

void TestCsv::windows1251MatchesIcu()
{
    QStringDecoder icu("windows-1251");
    if (!icu.isValid())
        QSKIP("Qt without ICU: nothing to compare the table with");
    QByteArray all;
    for (int b = 0; b < 256; ++b) {
        if (b != 0x98) // unassigned: ICU and the table may differ on what to put there
            all.append(char(b));
    }
    QCOMPARE(Csv::decodeWindows1251(all), QString(icu.decode(all)));
}

void TestCsv::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Csv::Encoding>("encoding");
    QTest::newRow("ascii") << QByteArray("Name,Phone\n") << Csv::Encoding::Utf8;
    QTest::newRow("utf8") << QStringLiteral("Имя;Телефон\n").toUtf8() << Csv::Encoding::Utf8;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBFName\n") << Csv::Encoding::Utf8Bom;
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFEN\0a\0", 6) << Csv::Encoding::Utf16Le;
    QTest::newRow("cp1251") << QByteArray("\xC8\xEC\xFF;\xD2\xE5\xEB\xE5\xF4\xEE\xED\n")
                            << Csv::Encoding::Windows1251;
    QTest::newRow("overlong utf8 is not utf8") << QByteArray("\xC0\xAF") << Csv::Encoding::Windows1251;
    QTest::newRow("truncated utf8 at end")
        << QByteArray("\xD0\x98\xD0\xBC\xD1") << Csv::Encoding::Utf8Damaged;
}

void TestCsv::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Csv::Encoding, encoding);
    QCOMPARE(Csv::detectEncoding(bytes), encoding);
}

void TestCsv::quoteField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("delimiter") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("comma is fine with semicolon") << QStringLiteral("a,b") << QStringLiteral("a,b");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("edge space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
}

void TestCsv::quoteField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(Csv::quoteField(field, QLatin1Char(';')), expected);
    // And it reads back as it was.
    const QVector<Csv::Row> back = Csv::splitRows(expected + QStringLiteral(";x\n"), QLatin1Char(';'));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().fields.first(), field);
}

void TestCsv::tooLargeIsRefusedQuickly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Phone,Card\n");
    QVERIFY(f.resize(Csv::kMaxFileBytes + 1)); // sparse: costs no disk and no time
    f.close();
    QElapsedTimer timer;
    timer.start();
    const auto t = Csv::readFile(path);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().message.contains(QStringLiteral("refused")), qPrintable(t.error().message));
    QVERIFY(timer.elapsed() < 1000);
}

// A file just under the limit is read, not refused, and in seconds, not minutes.
void TestCsv::largeFileIsQuick()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name;Phone;Card;Notes\n");
    qint64 rows = 0;
    QByteArray chunk;
    while (f.size() + chunk.size() < Csv::kMaxFileBytes - 200) {
        chunk += QStringLiteral("Мария Иванова %1;+7 912 %2;%3;\"likes \"\"tea\"\"; no sugar\"\n")
                     .arg(rows)
                     .arg(rows % 10000000, 7, 10, QLatin1Char('0'))
                     .arg(1000000 + rows)
                     .toUtf8();
        ++rows;
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    f.close();
    QVERIFY(QFileInfo(path).size() <= Csv::kMaxFileBytes);

    QElapsedTimer timer;
    timer.start();
    const auto t = Csv::readFile(path);
    const qint64 ms = timer.elapsed();
    QVERIFY2(t.ok(), qPrintable(t.error().message));
    QCOMPARE(t->rows.size(), rows);
    QCOMPARE(t->delimiter, QLatin1Char(';'));
    QCOMPARE(t->rows.last().fields.value(3), QStringLiteral("likes \"tea\"; no sugar"));
    qInfo("%lld rows, %lld bytes read in %lld ms", rows, QFileInfo(path).size(), ms);
    QVERIFY2(ms < 30000, "reading a 50 MB file must take seconds");
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
