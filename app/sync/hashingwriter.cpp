#include "hashingwriter.h"

namespace syncimpl {

HashingWriter::HashingWriter(QIODevice &out)
    : m_out(out)
    , m_thread([this] { run(); })
{
}

void HashingWriter::push(QByteArray &buffer)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_room.wait(lock, [this] { return m_queue.size() < 4; });
    m_queue.push_back(std::move(buffer));
    buffer = QByteArray();
    buffer.reserve(kBuffer + (kBuffer >> 2));
    m_ready.notify_one();
}

bool HashingWriter::finish()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }
    return m_ok;
}

void HashingWriter::run()
{
    for (;;) {
        QByteArray next;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            next = std::move(m_queue.front());
            m_queue.pop_front();
            m_room.notify_one();
        }
        m_hash.addData(next);
        if (m_ok && m_out.write(next) != next.size())
            m_ok = false;
    }
}

} // namespace syncimpl
