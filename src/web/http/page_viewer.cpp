#include "web/http/page_viewer.hpp"

namespace jamt::web {

namespace {

struct PageViewer {
  std::optional<RequestAuth> noted;
  std::function<RequestAuth()> look_up;
};

thread_local PageViewer current;

const RequestAuth& the_public() {
  static const RequestAuth nobody{};
  return nobody;
}

}  // namespace

void note_page_viewer(const RequestAuth& auth) { current.noted = auth; }

const RequestAuth& noted_page_viewer() {
  if (!current.noted && current.look_up) {
    auto look_up = std::move(current.look_up);
    current.look_up = nullptr;
    current.noted = look_up();
  }
  return current.noted ? *current.noted : the_public();
}

PageViewerScope::PageViewerScope(std::function<RequestAuth()> look_up) {
  current = PageViewer{.noted = std::nullopt, .look_up = std::move(look_up)};
}

PageViewerScope::~PageViewerScope() { current = PageViewer{}; }

}  // namespace jamt::web
