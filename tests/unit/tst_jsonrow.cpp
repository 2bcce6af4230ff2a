// JsonRow: one row of a sync batch read without QJsonDocument (the import's hot path). Each case says
// what a key reads as; the same bytes are also given to QJsonDocument, which must agree on whether
// they are a JSON object at all.
#include "jsonrow.h"

#include <QJsonDocument>
#include <QtTest>

Q_DECLARE_METATYPE(JsonRow::Type)

class TestJsonRow : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void refused_data();
    void refused();
    void stricterThanQt_data();
    void stricterThanQt();
    void keysInAnyOrder();
    void reusedForTheNextRow();
};

void TestJsonRow::values_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonRow::Type>("type");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<QByteArray>("text"); // Text and Json: the bytes expected

    using T = JsonRow::Type;
    QTest::newRow("integer") << QByteArray(R"({"v":540})") << T::Integer << qint64(540) << QByteArray();
    QTest::newRow("negative") << QByteArray(R"({"v":-25})") << T::Integer << qint64(-25) << QByteArray();
    QTest::newRow("largest") << QByteArray(R"({"v":9223372036854775807})") << T::Integer
                             << qint64(9223372036854775807LL) << QByteArray();
    QTest::newRow("true") << QByteArray(R"({"v":true})") << T::Integer << qint64(1) << QByteArray();
    QTest::newRow("false") << QByteArray(R"({"v":false})") << T::Integer << qint64(0) << QByteArray();
    QTest::newRow("null") << QByteArray(R"({"v":null})") << T::Null << qint64(0) << QByteArray();
    QTest::newRow("missing") << QByteArray(R"({"w":1})") << T::Missing << qint64(0) << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}") << T::Missing << qint64(0) << QByteArray();
    QTest::newRow("real") << QByteArray(R"({"v":2.5})") << T::Real << qint64(0) << QByteArray();
    QTest::newRow("beyond 64 bits") << QByteArray(R"({"v":92233720368547758080})") << T::Real << qint64(0)
                                    << QByteArray();
    QTest::newRow("text") << QByteArray(R"({"v":"Latte"})") << T::Text << qint64(0) << QByteArray("Latte");
    QTest::newRow("empty text") << QByteArray(R"({"v":""})") << T::Text << qint64(0) << QByteArray("");
    QTest::newRow("utf-8 as is") << QByteArray(R"({"v":"Николай 绿茶"})") << T::Text << qint64(0)
                                 << QByteArray("Николай 绿茶");
    QTest::newRow("escapes") << QByteArray(R"({"v":"a\"b\\c\/d\n\r\t\b\f"})") << T::Text << qint64(0)
                             << QByteArray("a\"b\\c/d\n\r\t\b\f");
    QTest::newRow("control as \\u") << QByteArray(R"({"v":"x\u0001y"})") << T::Text << qint64(0)
                                    << QByteArray("x\x01y");
    QTest::newRow("\\u to utf-8") << QByteArray(R"({"v":"\u00e9\u20ac\u041d"})") << T::Text << qint64(0)
                                  << QByteArray("é€Н");
    QTest::newRow("surrogate pair") << QByteArray(R"({"v":"\ud83d\ude00!"})") << T::Text << qint64(0)
                                    << QByteArray("\xF0\x9F\x98\x80!");
    QTest::newRow("half a surrogate pair") << QByteArray(R"({"v":"\ud83dx\ude00"})") << T::Text << qint64(0)
                                           << QByteArray("\xEF\xBF\xBDx\xEF\xBF\xBD");
    QTest::newRow("nested object") << QByteArray(R"({"v":{"name":["2026-01-01T00:00:00Z","a}\"b"]},"w":1})")
                                   << T::Json << qint64(0)
                                   << QByteArray(R"({"name":["2026-01-01T00:00:00Z","a}\"b"]})");
    QTest::newRow("nested array") << QByteArray(R"({"v":[1,[2],{}]})") << T::Json << qint64(0)
                                  << QByteArray("[1,[2],{}]");
    QTest::newRow("spaces around") << QByteArray(" {\n \"v\" : 7 ,\t\"w\": null } \r\n") << T::Integer
                                   << qint64(7) << QByteArray();
    QTest::newRow("escaped key") << QByteArray(R"({"\u0076":3})") << T::Integer << qint64(3) << QByteArray();
    QTest::newRow("last of a repeated key")
        << QByteArray(R"({"v":1,"v":2})") << T::Integer << qint64(2) << QByteArray();
    // Plain text is read eight bytes at a time: an escape, the closing quote, or UTF-8 at every place of
    // such a block, in text long enough to span several.
    for (int at = 0; at < 17; ++at) {
        const QByteArray before(at, 'a'), after(19, 'z');
        QTest::addRow("escape at %d", at) << QByteArray("{\"v\":\"" + before + "\\\"" + after + "\"}")
                                          << T::Text << qint64(0) << QByteArray(before + '"' + after);
        QTest::addRow("text of %d", at)
            << QByteArray("{\"v\":\"" + before + "\"}") << T::Text << qint64(0) << before;
        QTest::addRow("utf-8 at %d", at) << QByteArray("{\"v\":\"" + before + "ж€" + after + "\"}") << T::Text
                                         << qint64(0) << QByteArray(before + "ж€" + after);
    }
}

void TestJsonRow::values()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonRow::Type, type);
    QFETCH(qint64, integer);
    QFETCH(QByteArray, text);
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    JsonRow row({"v"});
    QVERIFY(row.parse(json));
    const JsonRow::Value &v = row.value(0);
    QCOMPARE(v.type, type);
    if (type == JsonRow::Type::Integer)
        QCOMPARE(v.integer, integer);
    if (type == JsonRow::Type::Real)
        QCOMPARE(v.real, QJsonDocument::fromJson(json).object().value(QLatin1String("v")).toDouble());
    if (type == JsonRow::Type::Text || type == JsonRow::Type::Json)
        QCOMPARE(v.text.toByteArray(), text);
}

void TestJsonRow::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("cut short") << QByteArray(R"({"v":"Lat)");
    QTest::newRow("cut after a value") << QByteArray(R"({"v":1,)");
    QTest::newRow("no closing brace") << QByteArray(R"({"v":1)");
    QTest::newRow("two objects") << QByteArray(R"({"v":1}{"v":2})");
    QTest::newRow("unquoted key") << QByteArray(R"({v:1})");
    QTest::newRow("no colon") << QByteArray(R"({"v" 1})");
    QTest::newRow("bad literal") << QByteArray(R"({"v":nul})");
    QTest::newRow("bad number") << QByteArray(R"({"v":1-2})");
    QTest::newRow("short \\u") << QByteArray(R"({"v":"\u12"})");
    QTest::newRow("nested cut short") << QByteArray(R"({"v":{"a":[1,2})");
    QTest::newRow("a word") << QByteArray("hello");
}

void TestJsonRow::refused()
{
    QFETCH(QByteArray, json);
    QVERIFY(!QJsonDocument::fromJson(json).isObject());
    JsonRow row({"v"});
    QVERIFY(!row.parse(json));
    QCOMPARE(row.value(0).type, JsonRow::Type::Missing);
}

void TestJsonRow::stricterThanQt_data()
{
    // RFC 8259 has no such escape and no raw control characters in a string; QJsonDocument lets them
    // through, a batch row with them is refused (the terminal never writes them).
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("unknown escape") << QByteArray(R"({"v":"\x"})");
    QTest::newRow("raw newline in text") << QByteArray("{\"v\":\"a\nb\"}");
    for (int at = 0; at < 17; ++at) // wherever it falls in a block of eight
        QTest::addRow("raw tab at %d", at)
            << QByteArray("{\"v\":\"" + QByteArray(at, 'a') + "\t" + QByteArray(19, 'z') + "\"}");
}

void TestJsonRow::stricterThanQt()
{
    QFETCH(QByteArray, json);
    JsonRow row({"v"});
    QVERIFY(!row.parse(json));
}

void TestJsonRow::keysInAnyOrder()
{
    // The head office's PostgreSQL writes jsonb keys shortest first, with spaces.
    JsonRow row({"uuid", "member", "points", "reason"});
    QVERIFY(row.parse(R"({"uuid": "u-1", "points": -40, "reason": "Rück\u00adgabe", "member": null})"));
    QCOMPARE(row.value(0).text.toByteArray(), QByteArray("u-1"));
    QCOMPARE(row.value(1).type, JsonRow::Type::Null);
    QCOMPARE(row.value(2).integer, qint64(-40));
    QCOMPARE(row.value(3).text.toByteArray(),
             QByteArray("Rück\xC2\xAD"
                        "gabe"));
}

void TestJsonRow::reusedForTheNextRow()
{
    // Values of one row never leak into the next, and escaped texts of one row all stay readable.
    JsonRow row({"a", "b", "c"});
    QVERIFY(row.parse(R"({"a":"x\ny","b":"\u00e9","c":3})"));
    QCOMPARE(row.value(0).text.toByteArray(), QByteArray("x\ny"));
    QCOMPARE(row.value(1).text.toByteArray(), QByteArray("é"));
    QVERIFY(row.parse(R"({"b":"plain"})"));
    QCOMPARE(row.value(0).type, JsonRow::Type::Missing);
    QCOMPARE(row.value(1).text.toByteArray(), QByteArray("plain"));
    QCOMPARE(row.value(2).type, JsonRow::Type::Missing);
}

QTEST_GUILESS_MAIN(TestJsonRow)
#include "tst_jsonrow.moc"
