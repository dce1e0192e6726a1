#pragma once
// The signed-in viewer of the page this thread is answering, so that a page
// drawn far from the handler that knows the viewer (the 403, 404 and 500
// pages) still shows the viewer's header: name, menu and log-out form.
// current_session() (and so authenticate()) notes the viewer; when nothing
// has been noted, the lookup of the request's PageViewerScope is asked.
#include <functional>
#include <optional>

#include "web/http/request_auth.hpp"

namespace jamt::web {

// Notes `auth` as the viewer of this thread's current request (a browser
// session; API tokens never see pages).
void note_page_viewer(const RequestAuth& auth);

// The viewer noted for this thread's current request; when none was noted,
// what the scope's lookup says (asked once), and the public when there is
// no scope or lookup.
const RequestAuth& noted_page_viewer();

// One per request, held by the dispatcher: forgets the noted viewer when
// made and again when gone, so that no page is drawn under the header of
// another request handled on the same thread; `look_up` (may be empty)
// finds the viewer for a page whose handler never asked.
class PageViewerScope {
 public:
  explicit PageViewerScope(std::function<RequestAuth()> look_up);
  ~PageViewerScope();
  PageViewerScope(const PageViewerScope&) = delete;
  PageViewerScope& operator=(const PageViewerScope&) = delete;
};

}  // namespace jamt::web
