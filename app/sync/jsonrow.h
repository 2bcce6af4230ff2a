#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <vector>

// One row of a sync batch as it travels (docs/sync-format.md): a JSON object whose values are null,
// numbers, strings or booleans; a nested object or array (a member's field clocks) is kept as its
// JSON text. It is read straight into the values a statement binds, without a QJsonObject: the
// import's hot path reads about two million of them for a store's first sync.
class JsonRow
{
public:
    enum class Type
    {
        Missing, // the key is not in the row
        Null,
        Integer, // also true (1) and false (0)
        Real,
        Text, // a string, unescaped, UTF-8
        Json, // a nested object or array, as its JSON text
    };
    struct Value
    {
        Type type = Type::Missing;
        qint64 integer = 0;
        double real = 0;
        QByteArrayView text; // Text and Json: valid until the next parse() or the row's bytes go
    };

    // The keys looked for, in the order they usually come (a row in that order reads fastest).
    explicit JsonRow(std::vector<QByteArray> keys);

    // False when the bytes are not one JSON object of this shape; the values are then all Missing.
    bool parse(QByteArrayView json);
    const Value &value(int i) const { return m_values[size_t(i)]; }
    int size() const { return int(m_keys.size()); }

private:
    bool parseValue(const char *&p, const char *end, Value *into);
    bool parseString(const char *&p, const char *end, QByteArrayView *into);

    std::vector<QByteArray> m_keys;
    std::vector<Value> m_values;
    std::string m_unescaped; // strings with escapes, unescaped; never grows while a row is read
};
