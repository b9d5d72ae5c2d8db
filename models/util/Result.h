#pragma once

#include <QString>

#include <optional>
#include <utility>

// The failure of something that could not be done: the French message that says why, for the
// user. Returned where a Result is expected: `return Failure{tr("…")};`.
struct Failure
{
    QString message;
};

// What something that can fail returns: its value, or the Failure that says why (the one shape
// for results that can fail; std::expected would do, but the fuzz build's clang 14 cannot compile
// libstdc++'s <expected>). Test it like a pointer: `if (const auto r = f()) use(*r); else
// show(r.error());`.
template<typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    // Why it failed; empty when it did not.
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// A Result with nothing to return but success.
template<> class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.message))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
