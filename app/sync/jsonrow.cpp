#include "jsonrow.h"

#include <charconv>
#include <cstring>

namespace {

void skipSpace(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
}

bool literal(const char *&p, const char *end, const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(end - p) < n || std::memcmp(p, word, n) != 0)
        return false;
    p += n;
    return true;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool hex4(const char *p, const char *end, unsigned &out)
{
    if (end - p < 4)
        return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return false;
        out = (out << 4) | unsigned(d);
    }
    return true;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Past the bytes of a string that need no attention (no quote, backslash or control character), eight
// at a time: most of a batch row is such text, and a byte at a time was a fifth of reading it.
const char *plainRun(const char *p, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        const quint64 quote = v ^ (ones * '"'), backslash = v ^ (ones * '\\');
        // A byte is flagged when it is zero in quote or backslash, or below 0x20 in v.
        const quint64 flagged
            = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((v - ones * 0x20) & ~v);
        if (flagged & highs)
            break; // the byte loop finds which one
        p += 8;
    }
    return p;
}

// Past a nested object or array, strings and all.
bool skipNested(const char *&p, const char *end)
{
    int depth = 0;
    while (p < end) {
        const char c = *p++;
        if (c == '"') {
            while (p < end && *p != '"') {
                if (*p == '\\')
                    ++p;
                ++p;
            }
            if (p >= end)
                return false;
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return true;
        }
    }
    return false;
}

} // namespace

JsonRow::JsonRow(std::vector<QByteArray> keys)
    : m_keys(std::move(keys))
    , m_values(m_keys.size())
{
}

bool JsonRow::parseString(const char *&p, const char *end, QByteArrayView *into)
{
    ++p; // the opening quote
    const char *start = p;
    p = plainRun(p, end);
    while (p < end && *p != '"' && *p != '\\') {
        if (static_cast<unsigned char>(*p) < 0x20)
            return false;
        ++p;
    }
    if (p >= end)
        return false;
    if (*p == '"') { // no escapes: the bytes as they are
        *into = QByteArrayView(start, p - start);
        ++p;
        return true;
    }
    // Unescaped text is never longer than its escaped form, and the buffer was sized for the whole
    // row in parse(): appending here never moves what earlier values point at.
    const size_t from = m_unescaped.size();
    m_unescaped.append(start, size_t(p - start));
    while (p < end && *p != '"') {
        const char c = *p++;
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        if (c != '\\') {
            m_unescaped += c;
            continue;
        }
        if (p >= end)
            return false;
        const char e = *p++;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_unescaped += e;
            break;
        case 'b':
            m_unescaped += '\b';
            break;
        case 'f':
            m_unescaped += '\f';
            break;
        case 'n':
            m_unescaped += '\n';
            break;
        case 'r':
            m_unescaped += '\r';
            break;
        case 't':
            m_unescaped += '\t';
            break;
        case 'u': {
            unsigned cp = 0;
            if (!hex4(p, end, cp))
                return false;
            p += 4;
            unsigned low = 0;
            if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u'
                && hex4(p + 2, end, low) && low >= 0xDC00 && low <= 0xDFFF) { // a pair: one character
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xD800 && cp <= 0xDFFF) { // half a pair is no character: as Qt reads it
                cp = 0xFFFD;
            }
            appendUtf8(m_unescaped, cp);
            break;
        }
        default:
            return false;
        }
    }
    if (p >= end)
        return false;
    ++p;
    *into = QByteArrayView(m_unescaped.data() + from, qsizetype(m_unescaped.size() - from));
    return true;
}

bool JsonRow::parseValue(const char *&p, const char *end, Value *into)
{
    Value v;
    const char c = *p;
    if (c == '"') {
        v.type = Type::Text;
        if (!parseString(p, end, &v.text))
            return false;
    } else if (c == '{' || c == '[') {
        const char *start = p;
        if (!skipNested(p, end))
            return false;
        v.type = Type::Json;
        v.text = QByteArrayView(start, p - start);
    } else if (c == 'n') {
        if (!literal(p, end, "null"))
            return false;
        v.type = Type::Null;
    } else if (c == 't' || c == 'f') {
        v.type = Type::Integer;
        v.integer = c == 't';
        if (!literal(p, end, c == 't' ? "true" : "false"))
            return false;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        const char *start = p;
        bool real = false;
        while (
            p < end
            && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E')) {
            real = real || *p == '.' || *p == 'e' || *p == 'E';
            ++p;
        }
        std::from_chars_result r {};
        if (!real) {
            v.type = Type::Integer;
            r = std::from_chars(start, p, v.integer);
        }
        if (real || r.ec == std::errc::result_out_of_range) { // beyond 64 bits: as SQLite reads it
            v.type = Type::Real;
            r = std::from_chars(start, p, v.real);
        }
        if (r.ec != std::errc() || r.ptr != p)
            return false;
    } else {
        return false;
    }
    if (into)
        *into = v;
    return true;
}

bool JsonRow::parse(QByteArrayView json)
{
    for (Value &v : m_values)
        v = Value();
    m_unescaped.clear();
    m_unescaped.reserve(size_t(json.size()));
    const char *p = json.data();
    const char *end = p + json.size();
    auto fail = [this] {
        for (Value &v : m_values)
            v = Value();
        return false;
    };
    skipSpace(p, end);
    if (p >= end || *p != '{')
        return fail();
    ++p;
    skipSpace(p, end);
    size_t hint = 0; // rows usually carry their keys in the order asked for
    if (p < end && *p == '}') {
        ++p;
    } else {
        for (;;) {
            QByteArrayView key;
            if (p >= end || *p != '"' || !parseString(p, end, &key))
                return fail();
            skipSpace(p, end);
            if (p >= end || *p != ':')
                return fail();
            ++p;
            skipSpace(p, end);
            if (p >= end)
                return fail();
            Value *slot = nullptr;
            if (hint < m_keys.size() && key == m_keys[hint]) {
                slot = &m_values[hint++];
            } else {
                for (size_t i = 0; i < m_keys.size(); ++i)
                    if (key == m_keys[i]) {
                        slot = &m_values[i];
                        hint = i + 1;
                        break;
                    }
            }
            if (!parseValue(p, end, slot))
                return fail();
            skipSpace(p, end);
            if (p < end && *p == ',') {
                ++p;
                skipSpace(p, end);
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return fail();
        }
    }
    skipSpace(p, end);
    if (p != end)
        return fail();
    return true;
}
