#pragma once

// A use case's work on the database, opened and closed in one place. A service method says
// what it needs and does the work; the unit of work does the rest:
//
//     return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<long long> {
//         auto participants = unit.repository<store::ParticipantRepository>();
//         auto participant = TRY(found(participants.find(unit.organisation_id(), id)));
//         …
//         unit.audit({"participant.updated", "participant", id, changed});
//         return id;
//     });
//
// 1. The permission is checked before anything is read.
// 2. A connection is taken from the pool, and a transaction opened on it: a read sees one
//    snapshot of the database for all its queries; a write holds the write lock on SQLite.
// 3. The work runs with the unit: its repositories, its clock, who acts, the audit trail.
// 4. A value commits; an error (or an exception) rolls everything back, audit rows included,
//    unless the work kept its refusal on record (`refuse`).
// 5. A read may be audited too (a list, a search, an export): its snapshot is read-only on
//    PostgreSQL, so its audit rows wait for the read to end and are written right after it, on
//    the same connection, in a write transaction of their own. The value is given back only
//    once they are stored: nothing read is shown without its row. The page keeps its one
//    snapshot, and the write lock is held for the audit rows only, not for the whole read.

#include "domain/error.hpp"
#include "domain/role.hpp"
#include "service/actor.hpp"
#include "service/audit_entry.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <type_traits>
#include <utility>
#include <vector>

namespace tremplin::service {

// Work done for nobody signed in: a public page, or the system itself. Its audit rows name no
// account.
struct NoActor {
    long long organisation_id = 0;
};

class UnitOfWork {
  public:
    using Mode = store::Transaction::Mode;

    UnitOfWork(store::Connection& connection, Clock const& clock, Actor const& actor, Mode mode = Mode::Write)
        : m_connection(connection), m_clock(clock), m_actor(&actor),
          m_organisation_id(actor.organisation_id()), m_mode(mode)
    {
    }
    UnitOfWork(store::Connection& connection, Clock const& clock, NoActor nobody, Mode mode = Mode::Write)
        : m_connection(connection), m_clock(clock), m_organisation_id(nobody.organisation_id), m_mode(mode)
    {
    }
    UnitOfWork(UnitOfWork const&) = delete;
    UnitOfWork& operator=(UnitOfWork const&) = delete;

    // A repository on this unit's connection: `unit.repository<store::CohortRepository>()`.
    template <class Repository> Repository repository() { return Repository(m_connection); }
    store::Connection& connection() { return m_connection; }

    Clock const& clock() const { return m_clock; }
    long long organisation_id() const { return m_organisation_id; }
    // Who acts; only for a unit opened for an actor.
    Actor const& actor() const { return *m_actor; }
    bool has_actor() const { return m_actor != nullptr; }

    // Whether the actor may do this, for work that one use case lends another (an admission
    // round enrols with the enrolment's own rules).
    domain::Result<void> require(domain::Permission permission) const;

    // The audit row of what was done, in the unit's transaction: stored with the change or not
    // at all. In a read, the row is kept and written just after the read (5. above).
    void audit(AuditEntry entry);
    // The same, naming whom the work itself found: the account a session token or a sign-in
    // names, or the centre of an account the command line names (a row that names no account).
    void audit(Actor const& actor, AuditEntry entry);
    void audit(NoActor centre, AuditEntry entry);

    // Refuses the use case and keeps the audit row of the refusal: an attempt worth knowing of
    // (drawing a confirmed round again) is committed although the work fails.
    std::unexpected<domain::Error> refuse(AuditEntry entry, domain::Error error);
    bool keeps_refusal() const { return m_keep_refusal; }

    // Writes the audit rows a read kept, in a write transaction of their own on the unit's
    // connection, once the read's transaction has ended.
    void write_deferred_audit();

  private:
    void keep_or_write(domain::AuditEvent event);

    store::Connection& m_connection;
    Clock const& m_clock;
    Actor const* m_actor = nullptr;
    long long m_organisation_id = 0;
    bool m_keep_refusal = false;
    Mode m_mode;
    std::vector<domain::AuditEvent> m_deferred_audit;
};

// What each service holds to run its use cases as units of work.
class UnitsOfWork {
  public:
    UnitsOfWork(store::Database& database, Clock const& clock) : m_database(database), m_clock(clock) {}

    // `work(UnitOfWork&)` returns a Result; so does the call, with the same type.
    template <class Work> auto read(Actor const& actor, domain::Permission permission, Work&& work)
    {
        return run(actor, permission, store::Transaction::Mode::Read, std::forward<Work>(work));
    }
    template <class Work> auto write(Actor const& actor, domain::Permission permission, Work&& work)
    {
        return run(actor, permission, store::Transaction::Mode::Write, std::forward<Work>(work));
    }
    template <class Work> auto read(NoActor nobody, Work&& work)
    {
        return run(nobody, store::Transaction::Mode::Read, std::forward<Work>(work));
    }
    template <class Work> auto write(NoActor nobody, Work&& work)
    {
        return run(nobody, store::Transaction::Mode::Write, std::forward<Work>(work));
    }

    Clock const& clock() const { return m_clock; }

  private:
    template <class Work>
    auto run(Actor const& actor, domain::Permission permission, store::Transaction::Mode mode, Work&& work)
        -> std::invoke_result_t<Work&, UnitOfWork&>
    {
        if (!actor.can(permission))
            return domain::fail(domain::Error::forbidden());
        return run(actor, mode, std::forward<Work>(work));
    }

    template <class Who, class Work>
    auto run(Who const& who, store::Transaction::Mode mode, Work&& work)
        -> std::invoke_result_t<Work&, UnitOfWork&>
    {
        auto connection = m_database.connect();
        UnitOfWork unit(connection, m_clock, who, mode);
        auto result = [&] {
            store::Transaction transaction(connection, mode);
            auto value = work(unit);
            if (value || unit.keeps_refusal())
                transaction.commit();
            return value;
        }();
        if (result || unit.keeps_refusal())
            unit.write_deferred_audit();
        return result;
    }

    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace tremplin::service
