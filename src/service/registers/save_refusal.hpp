#pragma once
// What a user is told when the database refuses to save a register record
// because of a constraint (a duplicate, a reference to a record that does
// not exist). The kind of refusal comes from store::constraint_kind, i.e.
// from the engine's error code.
#include <exception>
#include <optional>

#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Code of the Error a transaction returns when a save broke a foreign key;
// replace it with missing_reference_error once the transaction is over.
inline constexpr ErrorKind kMissingReference = ErrorKind::missing_reference;

// For an exception thrown while saving a record of `spec`: a duplicate →
// Error "conflict" naming spec.unique_fields ("Organisation: det finns redan
// en med samma Organisationsnummer", field org_number); a broken reference →
// Error{kMissingReference}; anything else → nullopt (rethrow it).
std::optional<Error> save_refusal(const registers::EntitySpec& spec, const std::exception& e);

// A validation Error on the first reference field of `record` whose record
// does not exist ("Kontaktperson: finns inte", field contact_person_id), or a
// general validation error when all exist now. Reads through its own lease,
// so call it outside the refused transaction.
Error missing_reference_error(store::Database& db, const registers::EntitySpec& spec, const registers::Record& record);

// `st`, with an Error{kMissingReference} replaced by missing_reference_error.
Status explain_refusal(store::Database& db, const registers::EntitySpec& spec, const registers::Record& record,
                       Status st);

}  // namespace jamt::service
