#include "domain/i18n/template_text.hpp"

#include <algorithm>
#include <cctype>

namespace jamt::i18n {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The end of the Mustache tag starting at `pos` ("{{"), just past its
// closing braces; the text's end when it is not closed.
std::size_t mustache_end(std::string_view s, std::size_t pos) {
  const bool triple = s.compare(pos, 3, "{{{") == 0;
  auto close = s.find(triple ? "}}}" : "}}", pos + (triple ? 3 : 2));
  return close == std::string_view::npos ? s.size() : close + (triple ? 3 : 2);
}

// Whether `s` has a letter outside Mustache tags and HTML entities: ASCII
// letters and the Latin letters of U+00C0…U+024F (å, ä, ö, é, …) but × ÷.
bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (s.compare(i, 2, "{{") == 0) {
      i = mustache_end(s, i);
    } else if (c == '&') {
      auto semi = s.find(';', i);
      i = (semi != std::string_view::npos && semi - i <= 10) ? semi + 1 : i + 1;
    } else if (std::isalpha(c)) {
      return true;
    } else if (c >= 0xC3 && c <= 0xC9 && i + 1 < s.size()) {
      unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return true;
      i += 2;
    } else {
      ++i;
    }
  }
  return false;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct Attribute {
  std::string name;  // lower case
  std::size_t begin = 0, end = 0;  // the value's range in the template
};

bool translatable_attribute(const std::string& tag, const Attribute& a, const std::vector<Attribute>& all,
                            std::string_view s) {
  if (a.name == "aria-label" || a.name == "title" || a.name == "alt" || a.name == "placeholder") return true;
  if (a.name != "value" || tag != "input") return false;
  for (const auto& other : all) {
    if (other.name != "type") continue;
    auto type = s.substr(other.begin, other.end - other.begin);
    return type == "submit" || type == "reset" || type == "button";
  }
  return false;
}

// Walks the template and calls `emit(begin, end)` for the range of each
// translatable text, trimmed of white space, in order.
template <class Emit>
void walk(std::string_view s, Emit emit) {
  std::size_t text_start = std::string_view::npos;
  auto flush = [&](std::size_t end) {
    if (text_start == std::string_view::npos) return;
    std::size_t b = text_start, e = end;
    text_start = std::string_view::npos;
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    if (b < e && has_letter(s.substr(b, e - b))) emit(b, e);
  };
  auto emit_trimmed = [&](std::size_t b, std::size_t e) {
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    if (b < e && has_letter(s.substr(b, e - b))) emit(b, e);
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (s.compare(pos, 2, "{{") == 0) {
      std::size_t end = mustache_end(s, pos);
      char kind = pos + 2 < s.size() ? s[pos + 2] : '\0';
      if (kind == '#' || kind == '^' || kind == '/' || kind == '!' || kind == '>' || kind == '=') {
        flush(pos);
      } else if (text_start == std::string_view::npos) {
        text_start = pos;
      }
      pos = end;
      continue;
    }
    if (s[pos] != '<') {
      if (text_start == std::string_view::npos) text_start = pos;
      ++pos;
      continue;
    }
    // An HTML construct: a comment, a declaration or a tag.
    if (s.compare(pos, 4, "<!--") == 0) {
      flush(pos);
      auto close = s.find("-->", pos + 4);
      pos = close == std::string_view::npos ? s.size() : close + 3;
      continue;
    }
    std::size_t p = pos + 1;
    bool closing = p < s.size() && s[p] == '/';
    if (closing) ++p;
    if (p < s.size() && s[p] == '!') {
      flush(pos);
      auto close = s.find('>', p);
      pos = close == std::string_view::npos ? s.size() : close + 1;
      continue;
    }
    if (p >= s.size() || !std::isalpha(static_cast<unsigned char>(s[p]))) {
      if (text_start == std::string_view::npos) text_start = pos;  // a lone "<" is text
      ++pos;
      continue;
    }
    flush(pos);
    std::size_t name_begin = p;
    while (p < s.size() && (std::isalnum(static_cast<unsigned char>(s[p])) || s[p] == '-')) ++p;
    std::string tag(s.substr(name_begin, p - name_begin));
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return std::tolower(c); });
    std::vector<Attribute> attributes;
    while (p < s.size() && s[p] != '>') {
      if (is_space(s[p]) || s[p] == '/') {
        ++p;
      } else if (s.compare(p, 2, "{{") == 0) {
        p = mustache_end(s, p);
      } else {
        std::size_t a = p;
        while (p < s.size() && !is_space(s[p]) && s[p] != '=' && s[p] != '>' && s.compare(p, 2, "{{") != 0) ++p;
        Attribute attribute{.name = std::string(s.substr(a, p - a))};
        std::transform(attribute.name.begin(), attribute.name.end(), attribute.name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (p < s.size() && s[p] == '=') {
          ++p;
          if (p < s.size() && (s[p] == '"' || s[p] == '\'')) {
            char quote = s[p++];
            attribute.begin = p;
            auto close = s.find(quote, p);
            attribute.end = close == std::string_view::npos ? s.size() : close;
            p = close == std::string_view::npos ? s.size() : close + 1;
          } else {
            attribute.begin = p;
            while (p < s.size() && !is_space(s[p]) && s[p] != '>') ++p;
            attribute.end = p;
          }
        } else {
          attribute.begin = attribute.end = p;
        }
        attributes.push_back(std::move(attribute));
      }
    }
    for (const auto& a : attributes)
      if (translatable_attribute(tag, a, attributes, s)) emit_trimmed(a.begin, a.end);
    pos = p < s.size() ? p + 1 : s.size();
    if (!closing && (tag == "script" || tag == "style")) {
      auto close = s.find("</" + tag, pos);
      pos = close == std::string_view::npos ? s.size() : close;
    }
  }
  flush(s.size());
}

}  // namespace

std::vector<TemplateText> template_texts(std::string_view template_text) {
  std::vector<TemplateText> out;
  std::size_t counted = 0;
  int line = 1;
  walk(template_text, [&](std::size_t b, std::size_t e) {
    line += static_cast<int>(std::count(template_text.begin() + static_cast<std::ptrdiff_t>(counted),
                                        template_text.begin() + static_cast<std::ptrdiff_t>(b), '\n'));
    counted = b;
    out.push_back(TemplateText{.text = collapse(template_text.substr(b, e - b)), .line = line});
  });
  return out;
}

std::string translate_template(std::string_view template_text,
                               const std::function<std::optional<std::string>(std::string_view)>& translation) {
  std::string out;
  out.reserve(template_text.size() + template_text.size() / 4);
  std::size_t copied = 0;
  walk(template_text, [&](std::size_t b, std::size_t e) {
    auto translated = translation(collapse(template_text.substr(b, e - b)));
    if (!translated) return;
    out.append(template_text.substr(copied, b - copied));
    out += *translated;
    copied = e;
  });
  out.append(template_text.substr(copied));
  return out;
}

std::vector<std::string> mustache_variables(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = text.find("{{"); i != std::string_view::npos; i = text.find("{{", i)) {
    std::size_t end = mustache_end(text, i);
    out.emplace_back(text.substr(i, end - i));
    i = end;
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace jamt::i18n
