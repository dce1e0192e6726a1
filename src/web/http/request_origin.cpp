#include "web/http/request_origin.hpp"

#include <utility>

namespace jamt::web {

namespace {
thread_local RequestOrigin current;
}

const RequestOrigin& request_origin() { return current; }
void set_request_origin(RequestOrigin origin) { current = std::move(origin); }

}  // namespace jamt::web
