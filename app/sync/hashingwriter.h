#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace syncimpl {

// Hashes and writes a batch file's buffers on a thread of its own while the export reads the next
// rows: SHA-256 and the write cost about a sixth of the time of reading a table, and a till has two
// cores. At most a few buffers wait, so memory stays bounded whatever the table's size.
class HashingWriter
{
public:
    explicit HashingWriter(QIODevice &out);
    ~HashingWriter() { finish(); }
    HashingWriter(const HashingWriter &) = delete;
    HashingWriter &operator=(const HashingWriter &) = delete;

    // Takes the buffer (left empty); waits while enough are queued.
    void push(QByteArray &buffer);
    // Waits for everything queued; true when every byte was written.
    bool finish();
    QByteArray sha256() const { return m_hash.result(); }
    static constexpr int kBuffer = 1 << 20;

private:
    void run();

    QIODevice &m_out;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    std::mutex m_mutex;
    std::condition_variable m_ready, m_room;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    bool m_ok = true;
    std::thread m_thread; // last: starts once everything above is built
};

} // namespace syncimpl
