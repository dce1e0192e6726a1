#pragma once
// A parsed XML document as a small tree, read with expat (namespace-aware:
// element names are "namespace-uri name", e.g.
// "http://www.w3.org/2005/Atom feed"), for tests that check a feed or a
// sitemap as a reader would see it.
#include <expat.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace jamt::testing {

struct XmlNode {
  std::string name;                           // "uri local"
  std::map<std::string, std::string> attrs;   // unqualified names as written ("href"); qualified as "uri local"
  std::string text;                           // the character data directly inside, entities resolved
  std::vector<std::unique_ptr<XmlNode>> children;

  // The children named `name`.
  std::vector<const XmlNode*> all(const std::string& child) const {
    std::vector<const XmlNode*> out;
    for (const auto& c : children)
      if (c->name == child) out.push_back(c.get());
    return out;
  }
  // The first child named `name`, or nullptr.
  const XmlNode* first(const std::string& child) const {
    for (const auto& c : children)
      if (c->name == child) return c.get();
    return nullptr;
  }
  // The attribute `name`, or "".
  std::string attr(const std::string& name) const {
    auto it = attrs.find(name);
    return it == attrs.end() ? "" : it->second;
  }
};

// The document's root, or nullptr when `text` is not well-formed XML
// (`error` then says where and why).
inline std::unique_ptr<XmlNode> parse_xml(const std::string& text, std::string* error = nullptr) {
  struct State {
    std::unique_ptr<XmlNode> root;
    std::vector<XmlNode*> stack;
  } state;
  XML_Parser parser = XML_ParserCreateNS("UTF-8", ' ');
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char** atts) {
        auto* s = static_cast<State*>(data);
        auto node = std::make_unique<XmlNode>();
        node->name = name;
        for (int i = 0; atts[i]; i += 2) node->attrs[atts[i]] = atts[i + 1];
        XmlNode* raw = node.get();
        if (s->stack.empty()) s->root = std::move(node);
        else s->stack.back()->children.push_back(std::move(node));
        s->stack.push_back(raw);
      },
      [](void* data, const XML_Char*) { static_cast<State*>(data)->stack.pop_back(); });
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* s, int len) {
    auto* st = static_cast<State*>(data);
    if (!st->stack.empty()) st->stack.back()->text.append(s, static_cast<std::size_t>(len));
  });
  const bool ok = XML_Parse(parser, text.data(), static_cast<int>(text.size()), 1) == XML_STATUS_OK;
  if (!ok && error)
    *error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
             std::to_string(XML_GetCurrentLineNumber(parser));
  XML_ParserFree(parser);
  if (!ok) return nullptr;
  return std::move(state.root);
}

}  // namespace jamt::testing
