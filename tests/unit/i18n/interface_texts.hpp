#pragma once
// Collects every interface text of the program, as a translator sees them:
// the texts of the embedded templates (i18n::template_texts) and the C++
// string literals given to tr(), trf() and N_() under src/.
#include <string>
#include <vector>

namespace jamt::test {

struct InterfaceText {
  std::string text;   // the msgid
  std::string where;  // "templates/x.mustache:12" or "src/web/x.cpp:40"
};

// All of them, in file order; repeats kept (the caller removes them).
std::vector<InterfaceText> interface_texts(const std::string& source_dir);

}  // namespace jamt::test
