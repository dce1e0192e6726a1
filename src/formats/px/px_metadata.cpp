#include "formats/px/px_metadata.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "formats/px/px_timeval.hpp"

namespace jamt::formats::px {
namespace {

using stats::CellNote;
using stats::CellNoteKind;
using stats::ContentInfo;
using stats::Dataset;
using stats::Dimension;
using stats::DimensionRole;

struct Value {
  ValueKind kind = ValueKind::text;
  std::string text;
};

struct Statement {
  std::string keyword;
  std::string language;  // "" = the file's default language
  std::vector<std::string> subkeys;
  std::vector<Value> values;
  std::size_t line = 0;
  std::size_t stray_quote_line = 0;
  std::string stray_quote_text;
  std::string syntax_error;
  bool ignored = false;

  // The values joined into one text (a PX text value is one item; several
  // items are joined with ", ").
  std::string text() const {
    std::string s;
    for (const auto& v : values) {
      if (v.kind != ValueKind::text) continue;
      if (!s.empty()) s += ", ";
      s += v.text;
    }
    return s;
  }
  std::vector<std::string> items() const {
    std::vector<std::string> out;
    for (const auto& v : values)
      if (v.kind == ValueKind::text) out.push_back(v.text);
    return out;
  }
};

// Keywords whose damage makes the table unreadable: a stray quotation mark or
// a syntax error in them is fatal (in the language read).
const std::set<std::string, std::less<>> kStrict = {
    "CHARSET", "CODEPAGE", "LANGUAGE", "LANGUAGES", "DECIMALS", "MATRIX",   "SUBJECT-CODE", "SUBJECT-AREA", "TITLE",
    "CONTENTS", "UNITS",   "STUB",     "HEADING",   "VALUES",   "CODES",   "TIMEVAL",      "CONTVARIABLE", "KEYS"};

// Keywords that may occur more than once with the same sub-key.
const std::set<std::string, std::less<>> kRepeatable = {"NOTE",     "NOTEX",        "CELLNOTE",   "CELLNOTEX",
                                                        "DATANOTE", "DATANOTECELL", "VALUENOTE",  "VALUENOTEX",
                                                        "META-ID",  "ATTRIBUTES",   "PARTITIONED"};

// Keywords the specification marks "language dependent: No".
const std::set<std::string, std::less<>> kLanguageIndependent = {
    "AGGREGALLOWED", "ATTRIBUTE-ID", "ATTRIBUTES",     "AUTOPEN",          "AXIS-VERSION", "CHARSET",
    "CODEPAGE",      "CONFIDENTIAL", "COPYRIGHT",      "CREATION-DATE",    "DECIMALS",     "DEFAULT-GRAPH",
    "DESCRIPTIONDEFAULT", "DIRECTORY-PATH", "FIRST-PUBLISHED", "LANGUAGE", "LANGUAGES", "MATRIX",
    "NEXT-UPDATE",   "OFFICIAL-STATISTICS", "PX-SERVER", "ROUNDING",       "SHOWDECIMALS", "SUBJECT-CODE",
    "SYNONYMS",      "TABLEID",      "UPDATE-FREQUENCY"};

// Keywords a CONTVARIABLE indexes by its values (specification 3.3.16), and SOURCE.
const std::vector<std::string> kContentKeywords = {"UNITS",   "LAST-UPDATED", "STOCKFA",    "CFPRICES",
                                                   "DAYADJ",  "SEASADJ",      "CONTACT",    "REFPERIOD",
                                                   "BASEPERIOD", "SOURCE"};

// Keywords whose first sub-key names a variable (besides VALUES, CODES,
// TIMEVAL and the content keywords).
const std::vector<std::string> kVariableKeywords = {
    "ELIMINATION", "DOMAIN",          "DOUBLECOLUMN",        "PRESTEXT",       "MAP",      "PARTITIONED",
    "VARIABLE-TYPE", "HIERARCHIES",   "HIERARCHYLEVELS",     "HIERARCHYLEVELSOPEN", "HIERARCHYNAMES", "KEYS",
    "META-ID",     "PRECISION",       "NOTE",                "NOTEX",          "DATANOTE", "VALUENOTE",
    "VALUENOTEX"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  std::size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}
std::optional<int> to_int(const std::string& s) {
  std::string t = trim(s);
  if (t.empty() || t.size() > 9) return std::nullopt;
  for (char c : t)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return std::stoi(t);
}
std::string quoted(const std::string& s) { return "\"" + s + "\""; }
// A text shortened for a message (at a character boundary).
std::string shortened(const std::string& s, std::size_t max = 60) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}
std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

bool name_in(const std::string& name, std::initializer_list<const char*> list) {
  std::string n = lower(trim(name));
  for (const char* x : list)
    if (n == x) return true;
  return false;
}

class Interpreter {
 public:
  Interpreter(const LexResult& lex, const EncodingChoice& encoding, const PxOptions& opts, Dataset& out)
      : lex_(lex), encoding_(encoding), opts_(opts), out_(out) {}

  Result<DataLayout> run() {
    decode();
    for (auto step : {&Interpreter::languages, &Interpreter::variable_subkeys, &Interpreter::damaged,
                      &Interpreter::duplicates, &Interpreter::mandatory, &Interpreter::decimals, &Interpreter::texts,
                      &Interpreter::variables, &Interpreter::categories, &Interpreter::contents,
                      &Interpreter::variable_keywords, &Interpreter::cell_notes, &Interpreter::symbols,
                      &Interpreter::flags, &Interpreter::roles, &Interpreter::layout}) {
      if (auto e = (this->*step)()) return *e;
    }
    return std::move(layout_);
  }

 private:
  using Step = std::optional<Error>;

  // ---- messages ----
  std::string where(std::size_t line) const {
    if (opts_.file_name.empty()) return std::to_string(line);
    return opts_.file_name + ":" + std::to_string(line);
  }
  void warn(std::size_t line, std::string message) { out_.warnings.push_back({std::move(message), where(line)}); }
  Error fail(std::size_t line, std::string message, std::string field = {}) const {
    return Error{ErrorKind::parse, std::move(message), where(line), std::move(field)};
  }
  static std::string display(const Statement& s) {
    std::string d = s.keyword;
    if (!s.language.empty()) d += "[" + s.language + "]";
    if (!s.subkeys.empty()) {
      d += "(";
      for (std::size_t i = 0; i < s.subkeys.size(); ++i) d += (i ? "," : "") + quoted(s.subkeys[i]);
      d += ")";
    }
    return d;
  }
  std::string var_display(std::size_t i) const { return quoted(names_[i]); }

  // ---- selection ----
  bool in_read_language(const Statement& s) const { return s.language == lang_; }
  // The statements of `keyword` in the language read; if it has none, those
  // of the default language.
  std::vector<const Statement*> pick(std::string_view keyword) const {
    std::vector<const Statement*> mine, fallback;
    for (const auto& s : st_) {
      if (s.ignored || s.keyword != keyword) continue;
      if (s.language == lang_) mine.push_back(&s);
      else if (s.language.empty()) fallback.push_back(&s);
    }
    return mine.empty() ? fallback : mine;
  }
  const Statement* first(std::string_view keyword, bool without_subkeys = true) const {
    for (const Statement* s : pick(keyword))
      if (!without_subkeys || s->subkeys.empty()) return s;
    return nullptr;
  }
  const Statement* first_default(std::string_view keyword) const {
    for (const auto& s : st_)
      if (!s.ignored && s.keyword == keyword && s.language.empty() && s.subkeys.empty()) return &s;
    return nullptr;
  }
  int var_of(const std::string& name) const {
    for (std::size_t i = 0; i < names_.size(); ++i)
      if (names_[i] == name) return static_cast<int>(i);
    for (std::size_t i = 0; i < default_names_.size(); ++i)
      if (default_names_[i] == name) return static_cast<int>(i);
    return -1;
  }
  // Index of a value of variable `v` named by its text (in the language read
  // or the default one) or its code; -1 if none.
  long value_of(std::size_t v, const std::string& text) const {
    for (const auto* list : {&labels_[v], &default_labels_[v], &codes_[v]}) {
      auto it = std::find(list->begin(), list->end(), text);
      if (it != list->end()) return static_cast<long>(it - list->begin());
    }
    return -1;
  }

  // ---- steps ----
  void decode() {
    for (const auto& p : lex_.problems) warn(p.line, to_utf8(p.message, encoding_));
    st_.reserve(lex_.statements.size());
    for (const auto& r : lex_.statements) {
      Statement s;
      s.keyword = r.keyword;
      s.language = lower(to_utf8(r.language, encoding_));
      for (const auto& k : r.subkeys) s.subkeys.push_back(to_utf8(k, encoding_));
      for (const auto& v : r.values) s.values.push_back({v.kind, to_utf8(v.text, encoding_)});
      s.line = r.line;
      s.stray_quote_line = r.stray_quote_line;
      s.stray_quote_text = to_utf8(r.stray_quote_text, encoding_);
      s.syntax_error = to_utf8(r.syntax_error, encoding_);
      st_.push_back(std::move(s));
    }
  }

  Step languages() {
    for (const auto& s : st_) {
      if (s.keyword == "LANGUAGE" && default_lang_.empty()) default_lang_ = lower(trim(s.text()));
      if (s.keyword == "LANGUAGES" && declared_.empty()) {
        languages_line_ = s.line;
        for (const auto& l : s.items()) {
          std::string code = lower(trim(l));
          if (!code.empty() && std::find(declared_.begin(), declared_.end(), code) == declared_.end())
            declared_.push_back(code);
        }
      }
    }
    bool has_languages = !declared_.empty();
    if (!default_lang_.empty() && std::find(declared_.begin(), declared_.end(), default_lang_) == declared_.end()) {
      if (has_languages)
        warn(languages_line_, "LANGUAGES does not list the file's LANGUAGE " + quoted(default_lang_));
      declared_.insert(declared_.begin(), default_lang_);
    }
    for (auto& s : st_) {
      if (s.language.empty()) continue;
      if (s.language == default_lang_) {
        s.language.clear();
        continue;
      }
      if (kLanguageIndependent.count(s.keyword)) {
        warn(s.line, display(s) + ": " + s.keyword + " does not depend on the language; ignored");
        s.ignored = true;
        continue;
      }
      if (std::find(declared_.begin(), declared_.end(), s.language) == declared_.end()) {
        std::string known = has_languages ? "LANGUAGES (" + join(declared_, ", ") + ")"
                            : default_lang_.empty() ? "the file (it has no LANGUAGE)"
                                                    : "the file (its LANGUAGE is " + quoted(default_lang_) + ")";
        warn(s.line, display(s) + ": language " + quoted(s.language) + " is not declared in " + known + "; ignored");
        s.ignored = true;
      }
    }
    std::string requested = lower(trim(opts_.language));
    if (requested.empty() || requested == default_lang_) {
      lang_.clear();
    } else if (std::find(declared_.begin(), declared_.end(), requested) != declared_.end()) {
      lang_ = requested;
    } else {
      std::string has = declared_.empty() ? "it declares no LANGUAGE" : "it has " + join(declared_, ", ");
      return fail(languages_line_ ? languages_line_ : 1,
                  "language " + quoted(requested) + " is not in the file (" + has + ")", "language");
    }
    out_.language = requested.empty() ? default_lang_ : requested;
    out_.languages = declared_;
    return {};
  }

  // Sub-keys that name a variable, written with white space around the name
  // (VALUES("region ")=…; other statistics offices' files): the name is
  // trimmed, as STUB and HEADING names are, with a warning naming the
  // statement and its line (for the languages read only).
  Step variable_subkeys() {
    for (auto& s : st_) {
      if (s.ignored || s.subkeys.empty() || !names_variable(s.keyword)) continue;
      std::string name = trim(s.subkeys[0]);
      if (name == s.subkeys[0]) continue;
      if (s.language.empty() || s.language == lang_)
        warn(s.line, display(s) + ": the variable name " + quoted(s.subkeys[0]) +
                         " has white space before or after it; read as " + quoted(name));
      s.subkeys[0] = std::move(name);
    }
    return {};
  }

  static bool names_variable(const std::string& keyword) {
    return keyword == "VALUES" || keyword == "CODES" || keyword == "TIMEVAL" ||
           std::find(kVariableKeywords.begin(), kVariableKeywords.end(), keyword) != kVariableKeywords.end();
  }

  // Statements the lexer could only partly read, or with a stray quotation mark.
  Step damaged() {
    for (auto& s : st_) {
      if (s.ignored) continue;
      bool relevant = s.language.empty() || s.language == lang_;
      bool strict = kStrict.count(s.keyword) > 0;
      if (!s.syntax_error.empty()) {
        if (strict && relevant) return fail(s.line, display(s) + ": " + s.syntax_error, s.keyword);
        warn(s.line, display(s) + ": " + s.syntax_error + (s.values.empty() ? "; ignored" : ""));
        if (s.values.empty()) s.ignored = true;
      }
      if (s.stray_quote_line) {
        std::string message = display(s) + ": stray quotation mark in " + shortened(s.stray_quote_text) +
                              " (a PX value cannot contain '\"')";
        if (strict && relevant) return fail(s.stray_quote_line, message, s.keyword);
        warn(s.stray_quote_line, message + "; the mark was dropped");
      }
    }
    return {};
  }

  Step duplicates() {
    std::map<std::string, std::size_t> seen;
    for (auto& s : st_) {
      if (s.ignored || kRepeatable.count(s.keyword)) continue;
      std::string key = s.keyword + "\x1f" + s.language;
      for (const auto& k : s.subkeys) key += "\x1f" + k;
      auto [it, inserted] = seen.emplace(key, s.line);
      if (!inserted) {
        warn(s.line, display(s) + " is given again (first on line " + std::to_string(it->second) +
                         "); the first is used");
        s.ignored = true;
      }
    }
    return {};
  }

  Step mandatory() {
    auto has = [&](std::string_view k) { return !pick(k).empty(); };
    for (const char* k : {"DECIMALS", "MATRIX", "SUBJECT-CODE", "SUBJECT-AREA"})
      if (!has(k)) return fail(1, std::string("mandatory keyword ") + k + " is missing", k);
    if (!has("TITLE") && !first("DESCRIPTION")) return fail(1, "mandatory keyword TITLE is missing", "TITLE");
    if (!has("CONTENTS")) return fail(1, "mandatory keyword CONTENTS is missing", "CONTENTS");
    // The table's own UNITS, even when a CONTVARIABLE gives each content its
    // UNITS("value") (Statistics Sweden's fixture missingUnit is fatal).
    if (!first("UNITS")) return fail(1, "mandatory keyword UNITS is missing", "UNITS");
    if (!has("STUB") && !has("HEADING"))
      return fail(1, "mandatory keyword STUB or HEADING is missing (a table needs at least one of them)", "STUB");
    return {};
  }

  Step decimals() {
    const Statement* d = first("DECIMALS");
    auto dec = to_int(d->text());
    if (!dec || *dec > 15)
      return fail(d->line, "DECIMALS must be a whole number from 0 to 15, not " + quoted(d->text()), "DECIMALS");
    out_.decimals = *dec;
    if (const Statement* s = first("SHOWDECIMALS")) {
      auto show = to_int(s->text());
      if (!show || *show > 6)
        warn(s->line, "SHOWDECIMALS must be a whole number from 0 to 6, not " + quoted(s->text()) +
                          "; DECIMALS (" + std::to_string(*dec) + ") is used");
      else if (*show > *dec)
        warn(s->line, "SHOWDECIMALS (" + std::to_string(*show) + ") is greater than DECIMALS (" +
                          std::to_string(*dec) + "), the number of decimals stored; DECIMALS is used");
      else
        out_.decimals = *show;
    } else if (*dec > 6) {
      warn(d->line, "DECIMALS is " + std::to_string(*dec) + " but may be at most 6 when there is no SHOWDECIMALS");
    }
    return {};
  }

  std::string text_of(std::string_view keyword) const {
    const Statement* s = first(keyword);
    return s ? s->text() : "";
  }

  Step texts() {
    out_.id = text_of("MATRIX");
    out_.contents = text_of("CONTENTS");
    out_.description = text_of("DESCRIPTION");
    out_.unit = text_of("UNITS");
    out_.source = text_of("SOURCE");
    out_.updated = text_of("LAST-UPDATED");
    std::string title = text_of("TITLE");
    const Statement* dd = first("DESCRIPTIONDEFAULT");
    bool description_default = dd && upper(trim(dd->text())) == "YES";
    if (description_default && out_.description.empty())
      warn(dd->line, "DESCRIPTIONDEFAULT=YES but there is no DESCRIPTION; TITLE is used");
    out_.title = description_default && !out_.description.empty() ? out_.description
                 : !title.empty()                                 ? title
                                                                  : out_.description;
    for (const Statement* s : pick("NOTE"))
      if (s->subkeys.empty()) out_.notes.push_back(s->text());
    for (const Statement* s : pick("NOTEX"))
      if (s->subkeys.empty()) out_.mandatory_notes.push_back(s->text());
    if (const Statement* s = first("DATANOTE")) out_.data_note = s->text();
    out_.data_note_sum = text_of("DATANOTESUM");
    return {};
  }

  Step variables() {
    const Statement* stub = first("STUB");
    const Statement* heading = first("HEADING");
    auto add = [&](const Statement* s, std::vector<std::string>& to, std::vector<std::size_t>* lines) -> Step {
      if (!s) return {};
      for (const auto& v : s->values) {
        if (v.kind != ValueKind::text) continue;
        std::string name = trim(v.text);
        if (name.empty()) return fail(s->line, display(*s) + " has an empty variable name", s->keyword);
        to.push_back(name);
        if (lines) lines->push_back(s->line);
      }
      return {};
    };
    if (auto e = add(stub, names_, &var_lines_)) return e;
    stub_count_ = names_.size();
    if (auto e = add(heading, names_, &var_lines_)) return e;
    if (names_.empty()) return fail(stub ? stub->line : heading->line, "STUB and HEADING name no variables", "STUB");
    if (lang_.empty()) {
      default_names_ = names_;
    } else {
      std::vector<std::string> default_stub;
      if (auto e = add(first_default("STUB"), default_stub, nullptr)) return e;
      if (auto e = add(first_default("HEADING"), default_names_, nullptr)) return e;
      if (default_stub.size() != stub_count_ || default_stub.size() + default_names_.size() != names_.size()) {
        const Statement* s = stub ? stub : heading;
        return fail(s->line, "STUB/HEADING[" + lang_ + "] name " + std::to_string(names_.size()) +
                                 " variables but STUB/HEADING name " +
                                 std::to_string(default_stub.size() + default_names_.size()),
                    "STUB");
      }
      default_names_.insert(default_names_.begin(), default_stub.begin(), default_stub.end());
    }
    for (std::size_t i = 0; i < names_.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (names_[i] == names_[j])
          return fail(var_lines_[i], "variable " + quoted(names_[i]) + " is named twice in STUB/HEADING", "STUB");
    out_.stub_dimensions = stub_count_;
    labels_.resize(names_.size());
    default_labels_.resize(names_.size());
    codes_.resize(names_.size());
    has_timeval_.assign(names_.size(), false);
    return {};
  }

  // Per variable: the statement of `keyword` in the language read (or, if it
  // has none for that variable, in the default language), and the default one.
  struct PerVariable {
    std::vector<const Statement*> chosen, fallback;
  };
  PerVariable per_variable(std::string_view keyword, std::string* unknown_hint) {
    PerVariable r{std::vector<const Statement*>(names_.size()), std::vector<const Statement*>(names_.size())};
    for (const auto& s : st_) {
      if (s.ignored || s.keyword != keyword) continue;
      if (!s.language.empty() && s.language != lang_) continue;
      if (s.subkeys.size() != 1) {
        warn(s.line, display(s) + " needs one variable name in parentheses; ignored");
        continue;
      }
      int v = var_of(s.subkeys[0]);
      if (v < 0) {
        warn(s.line, display(s) + ": " + quoted(s.subkeys[0]) + " is not a variable of STUB or HEADING; ignored");
        if (unknown_hint && unknown_hint->empty())
          *unknown_hint = display(s) + " on line " + std::to_string(s.line) + " names no variable";
        continue;
      }
      auto& slot = s.language == lang_ ? r.chosen[static_cast<std::size_t>(v)] : r.fallback[static_cast<std::size_t>(v)];
      if (!slot) slot = &s;
    }
    std::vector<const Statement*> defaults = lang_.empty() ? r.chosen : r.fallback;
    for (std::size_t i = 0; i < names_.size(); ++i)
      if (!r.chosen[i]) r.chosen[i] = r.fallback[i];
    r.fallback = defaults;
    return r;
  }

  struct TimeVal {
    std::string scale;
    std::vector<std::string> periods;
    bool usable = true;
  };
  TimeVal timeval(const Statement& s) {
    TimeVal t;
    std::size_t k = 0;
    if (!s.values.empty() && s.values[0].kind == ValueKind::tlist) {
      t.scale = upper(trim(s.values[0].text));
      k = 1;
    } else {
      warn(s.line, display(s) + " does not start with TLIST(scale)");
      t.usable = false;
    }
    if (!t.scale.empty() && !is_time_scale(t.scale)) {
      warn(s.line, display(s) + ": unknown time scale " + quoted(t.scale) + "; expected A1, H1, Q1, M1 or W1");
      t.usable = false;
    }
    for (; k < s.values.size(); ++k) {
      const Value& v = s.values[k];
      if (v.kind == ValueKind::range) {
        if (t.periods.empty() || k + 1 >= s.values.size() || s.values[k + 1].kind != ValueKind::text) {
          warn(s.line, display(s) + ": a range needs a first and a last period (\"1994\"-\"1996\")");
          t.usable = false;
          t.periods.clear();
          return t;
        }
        std::string from = t.periods.back();
        std::string to = trim(s.values[k + 1].text);
        auto expanded = t.usable ? expand_time_range(t.scale, from, to, 100000) : std::nullopt;
        if (!expanded) {
          warn(s.line, display(s) + ": " + quoted(from) + "-" + quoted(to) + " is not a range of time scale " +
                           (t.scale.empty() ? "?" : t.scale));
          t.usable = false;
          t.periods.clear();
          return t;
        }
        t.periods.pop_back();
        t.periods.insert(t.periods.end(), expanded->begin(), expanded->end());
        ++k;
        continue;
      }
      if (v.kind == ValueKind::text) t.periods.push_back(trim(v.text));
    }
    if (t.usable) {
      for (const auto& p : t.periods) {
        if (!is_time_period(t.scale, p)) {
          warn(s.line, display(s) + ": " + quoted(p) + " is not a period of time scale " + t.scale);
          break;
        }
      }
    }
    return t;
  }

  Step categories() {
    std::string hint;
    PerVariable values = per_variable("VALUES", &hint);
    PerVariable codes = per_variable("CODES", nullptr);
    PerVariable times = per_variable("TIMEVAL", nullptr);
    out_.dimensions.resize(names_.size());
    for (std::size_t i = 0; i < names_.size(); ++i) {
      Dimension& dim = out_.dimensions[i];
      dim.id = names_[i];
      dim.label = names_[i];
      TimeVal tv;
      if (times.chosen[i]) {
        tv = timeval(*times.chosen[i]);
        has_timeval_[i] = true;
      }
      std::string vname = "VALUES(" + var_display(i) + ")";
      if (const Statement* s = values.chosen[i]) {
        labels_[i] = s->items();
        if (labels_[i].empty()) return fail(s->line, display(*s) + " has no values", "VALUES");
      } else if (times.chosen[i] && tv.usable && !tv.periods.empty()) {
        for (const auto& p : tv.periods) labels_[i].push_back(time_period_label(tv.scale, p));
      } else {
        std::string message = "mandatory keyword " + vname + " is missing";
        if (!hint.empty()) message += " (" + hint + ")";
        return fail(var_lines_[i], message, "VALUES");
      }
      default_labels_[i] = values.fallback[i] ? values.fallback[i]->items() : labels_[i];
      if (default_labels_[i].size() != labels_[i].size()) default_labels_[i] = labels_[i];
      if (const Statement* s = codes.chosen[i]) {
        codes_[i] = s->items();
        if (codes_[i].size() != labels_[i].size())
          return fail(s->line, vname + " has " + std::to_string(labels_[i].size()) + " values but CODES has " +
                                   std::to_string(codes_[i].size()),
                      "CODES");
        for (std::size_t k = 0; k < codes_[i].size(); ++k) {
          if (trim(codes_[i][k]).empty()) {
            warn(s->line, display(*s) + ": code " + std::to_string(k + 1) + " is empty; the value text " +
                              quoted(labels_[i][k]) + " is used as its code");
            codes_[i][k] = labels_[i][k];
          }
        }
      } else {
        codes_[i] = labels_[i];
      }
      std::set<std::string> seen;
      for (const auto& c : codes_[i]) {
        if (!seen.insert(c).second) {
          const Statement* s = codes.chosen[i] ? codes.chosen[i] : values.chosen[i];
          warn(s ? s->line : var_lines_[i],
               "variable " + var_display(i) + " has the code " + quoted(c) + " twice; cells cannot be told apart by it");
          break;
        }
      }
      if (times.chosen[i] && tv.usable) {
        dim.time_scale = tv.scale;
        if (tv.periods.size() == labels_[i].size()) {
          dim.time_values = tv.periods;
        } else {
          warn(times.chosen[i]->line, display(*times.chosen[i]) + " lists " + std::to_string(tv.periods.size()) +
                                          " periods but " + vname + " has " + std::to_string(labels_[i].size()) +
                                          "; the periods are not used");
        }
      }
      dim.categories.reserve(labels_[i].size());
      for (std::size_t k = 0; k < labels_[i].size(); ++k) dim.categories.push_back({codes_[i][k], labels_[i][k]});
    }
    return {};
  }

  static std::optional<bool> yes_no(const std::string& text) {
    std::string t = upper(trim(text));
    if (t == "YES") return true;
    if (t == "NO") return false;
    return std::nullopt;
  }

  Step contents() {
    // Every declared language should say which variable holds the contents.
    bool default_has = false;
    std::size_t default_line = 0;
    std::map<std::string, std::size_t> has;
    for (const auto& s : st_) {
      if (s.ignored || s.keyword != "CONTVARIABLE") continue;
      if (s.language.empty()) {
        default_has = true;
        default_line = s.line;
      } else {
        has.emplace(s.language, s.line);
      }
    }
    for (const auto& l : declared_) {
      if (l == default_lang_) continue;
      auto it = has.find(l);
      if (default_has && it == has.end())
        warn(default_line, "CONTVARIABLE[" + l + "] is missing although LANGUAGES declares " + quoted(l) +
                               "; the " + l + " text uses the variable of CONTVARIABLE by its position");
      if (!default_has && it != has.end())
        warn(it->second, "CONTVARIABLE[" + l + "] is given but CONTVARIABLE (the default language) is not");
    }
    const Statement* cv = first("CONTVARIABLE");
    if (cv) {
      std::string name = trim(cv->text());
      contvar_ = var_of(name);
      if (contvar_ < 0)
        return fail(cv->line, "CONTVARIABLE " + quoted(name) + " is not a variable of STUB or HEADING", "CONTVARIABLE");
    }
    // Per-content values of the indexed keywords; plain ones are the defaults.
    std::map<std::string, std::vector<std::string>> per;  // keyword -> text per content value
    std::map<std::string, std::string> plain;
    std::size_t n = contvar_ >= 0 ? labels_[static_cast<std::size_t>(contvar_)].size() : 0;
    for (const auto& k : kContentKeywords) {
      per[k].assign(n, std::string());
      for (const Statement* s : pick(k)) {
        if (s->subkeys.empty()) {
          if (!plain.count(k)) plain[k] = s->text();
          continue;
        }
        if (contvar_ < 0) {
          warn(s->line, display(*s) + ": the table has no CONTVARIABLE, so the sub-key names nothing; ignored");
          continue;
        }
        long c = s->subkeys.size() == 1 ? value_of(static_cast<std::size_t>(contvar_), s->subkeys[0]) : -1;
        if (c < 0) {
          std::string message = display(*s) + ": " + quoted(join(s->subkeys, "\",\"")) +
                                " is not a value of the contents variable " + var_display(static_cast<std::size_t>(contvar_));
          if (k == "UNITS") return fail(s->line, message, "UNITS");
          warn(s->line, message + "; ignored");
          continue;
        }
        per[k][static_cast<std::size_t>(c)] = s->text();
      }
    }
    if (contvar_ < 0) return {};
    auto v = static_cast<std::size_t>(contvar_);
    Dimension& dim = out_.dimensions[v];
    dim.role = DimensionRole::metric;
    const Statement* cvs = first("CONTVARIABLE");
    for (std::size_t c = 0; c < n; ++c) {
      auto get = [&](const std::string& k) { return !per[k][c].empty() ? per[k][c] : plain[k]; };
      ContentInfo info;
      info.unit = get("UNITS");
      if (per["UNITS"][c].empty())
        warn(cvs->line, "UNITS(" + quoted(labels_[v][c]) + ") is missing (with CONTVARIABLE every content needs its UNITS)" +
                            (info.unit.empty() ? std::string() : "; UNITS=" + quoted(info.unit) + " is used"));
      info.ref_period = get("REFPERIOD");
      info.base_period = get("BASEPERIOD");
      info.source = get("SOURCE");
      info.last_updated = get("LAST-UPDATED");
      info.contact = get("CONTACT");
      info.stock_flow = get("STOCKFA");
      info.cf_prices = get("CFPRICES");
      info.day_adjusted = yes_no(get("DAYADJ"));
      info.seasonally_adjusted = yes_no(get("SEASADJ"));
      info.decimals = out_.decimals;
      // Without a table-wide LAST-UPDATED the table was updated when its
      // latest content was ("CCYYMMDD hh:mm" sorts as text).
      if (plain["LAST-UPDATED"].empty() && info.last_updated > out_.updated) out_.updated = info.last_updated;
      dim.content[codes_[v][c]] = std::move(info);
    }
    return {};
  }

  void append_text(std::string& to, const std::string& text) { to += (to.empty() ? "" : "\n") + text; }

  Step variable_keywords() {
    for (const auto& k : kVariableKeywords) {
      for (const Statement* s : pick(k)) {
        if (s->subkeys.empty()) continue;  // table-level NOTE, NOTEX, DATANOTE, META-ID: read elsewhere
        int vi = var_of(s->subkeys[0]);
        if (vi < 0) {
          warn(s->line, display(*s) + ": " + quoted(s->subkeys[0]) + " is not a variable of STUB or HEADING; ignored");
          continue;
        }
        auto v = static_cast<std::size_t>(vi);
        Dimension& dim = out_.dimensions[v];
        std::string text = s->text();
        long value = -1;
        bool needs_value = k == "PRECISION" || k == "VALUENOTE" || k == "VALUENOTEX";
        if (s->subkeys.size() > 2 || (needs_value && s->subkeys.size() != 2) ||
            (s->subkeys.size() == 2 && k != "META-ID" && k != "DATANOTE" && !needs_value)) {
          warn(s->line, display(*s) + ": wrong number of sub-keys; ignored");
          continue;
        }
        if (s->subkeys.size() == 2) {
          value = value_of(v, s->subkeys[1]);
          if (value < 0) {
            warn(s->line, display(*s) + ": " + quoted(s->subkeys[1]) + " is not a value of " + var_display(v) +
                              "; ignored");
            continue;
          }
        }
        const std::string code = value >= 0 ? codes_[v][static_cast<std::size_t>(value)] : std::string();
        if (k == "ELIMINATION") {
          if (auto yn = yes_no(text)) {
            dim.elimination = *yn;
          } else {
            long e = value_of(v, trim(text));
            dim.elimination = true;
            dim.elimination_value = e >= 0 ? labels_[v][static_cast<std::size_t>(e)] : text;
            if (e < 0)
              warn(s->line, display(*s) + ": " + quoted(text) + " is neither YES, NO nor a value of " + var_display(v));
          }
        } else if (k == "DOUBLECOLUMN") {
          if (!yes_no(text)) warn(s->line, display(*s) + " must be YES or NO, not " + quoted(text) + "; ignored");
        } else if (k == "PRESTEXT") {
          auto p = to_int(text);
          if (!p || *p > 3) warn(s->line, display(*s) + " must be 0, 1, 2 or 3, not " + quoted(text) + "; ignored");
        } else if (k == "MAP") {
          dim.map = text;
        } else if (k == "NOTE") {
          append_text(dim.note, text);
        } else if (k == "NOTEX") {
          append_text(dim.note_mandatory, text);
        } else if (k == "VALUENOTE") {
          append_text(dim.value_notes[code], text);
        } else if (k == "VALUENOTEX") {
          append_text(dim.value_notes_mandatory[code], text);
        } else if (k == "PRECISION") {
          auto p = to_int(text);
          if (!p || *p < 1 || *p > 6) {
            warn(s->line, display(*s) + " must be a whole number from 1 to 6, not " + quoted(text) + "; ignored");
          } else {
            dim.precision[code] = *p;
            if (vi == contvar_) {
              auto it = dim.content.find(code);
              if (it != dim.content.end()) it->second.decimals = *p;
            }
          }
        } else if (k == "DATANOTE") {
          if (value < 0) {
            dim.data_note = text;
          } else {
            CellNote note{std::vector<long>(names_.size(), -1), text, CellNoteKind::data_note};
            note.indices[v] = value;
            out_.cell_notes.push_back(std::move(note));
          }
        } else if (k == "KEYS") {
          keys_.push_back({v, upper(trim(text)), s->line});
        }
      }
    }
    return {};
  }

  Step cell_notes() {
    const std::pair<const char*, CellNoteKind> kinds[] = {{"CELLNOTE", CellNoteKind::note},
                                                          {"CELLNOTEX", CellNoteKind::mandatory_note},
                                                          {"DATANOTECELL", CellNoteKind::data_note}};
    for (const auto& [k, kind] : kinds) {
      for (const Statement* s : pick(k)) {
        if (s->subkeys.size() != names_.size()) {
          warn(s->line, display(*s) + " has " + std::to_string(s->subkeys.size()) + " sub-keys but the table has " +
                            std::to_string(names_.size()) + " variables; ignored");
          continue;
        }
        CellNote note{std::vector<long>(names_.size(), -1), s->text(), kind};
        bool ok = true;
        for (std::size_t v = 0; v < names_.size() && ok; ++v) {
          const std::string key = trim(s->subkeys[v]);
          if (key == "*") continue;
          note.indices[v] = value_of(v, key);
          if (note.indices[v] < 0) {
            warn(s->line, display(*s) + ": " + quoted(key) + " is not a value of " + var_display(v) + "; ignored");
            ok = false;
          }
        }
        if (ok) out_.cell_notes.push_back(std::move(note));
      }
    }
    return {};
  }

  Step symbols() {
    const std::pair<const char*, const char*> symbols[] = {
        {"DATASYMBOL1", "."},      {"DATASYMBOL2", ".."},     {"DATASYMBOL3", "..."},     {"DATASYMBOL4", "...."},
        {"DATASYMBOL5", "....."},  {"DATASYMBOL6", "......"}, {"DATASYMBOLNIL", "-"},     {"DATASYMBOLSUM", "......."}};
    for (const auto& [k, symbol] : symbols)
      if (const Statement* s = first(k)) out_.symbol_texts[symbol] = s->text();
    return {};
  }

  Step flags() {
    for (const auto& s : st_) {
      if (s.ignored || (!s.language.empty() && s.language != lang_)) continue;
      const std::string& k = s.keyword;
      std::string t = upper(trim(s.text()));
      auto bad = [&](const std::string& allowed) {
        warn(s.line, display(s) + " must be " + allowed + ", not " + quoted(s.text()) + "; ignored");
      };
      if (k == "AGGREGALLOWED" || k == "AUTOPEN" || k == "COPYRIGHT" || k == "DESCRIPTIONDEFAULT" ||
          k == "OFFICIAL-STATISTICS" || k == "DAYADJ" || k == "SEASADJ") {
        if (!yes_no(t)) bad("YES or NO");
      } else if (k == "CONFIDENTIAL" || k == "ROUNDING") {
        if (t != "0" && t != "1") bad("0 or 1");
      } else if (k == "STOCKFA") {
        if (t != "S" && t != "F" && t != "A") bad("S, F or A");
      } else if (k == "CFPRICES") {
        if (t != "C" && t != "F") bad("C or F");
      }
    }
    return {};
  }

  Step roles() {
    bool any_timeval = std::find(has_timeval_.begin(), has_timeval_.end(), true) != has_timeval_.end();
    for (std::size_t i = 0; i < names_.size(); ++i) {
      Dimension& dim = out_.dimensions[i];
      if (dim.role == DimensionRole::metric) continue;
      const std::string& name = default_names_[i];
      if (has_timeval_[i] ||
          (!any_timeval && (name_in(names_[i], {"år", "year", "years", "tid", "time", "period", "månad", "month",
                                                "kvartal", "quarter", "vecka", "week", "halvår"}) ||
                            name_in(name, {"år", "year", "years", "tid", "time", "period", "month", "quarter"})))) {
        dim.role = DimensionRole::time;
      } else if (!dim.map.empty() ||
                 name_in(names_[i], {"region", "län", "kommun", "county", "municipality", "land", "country"}) ||
                 name_in(name, {"region", "county", "municipality", "country"})) {
        dim.role = DimensionRole::geo;
      }
    }
    return {};
  }

  Step layout() {
    layout_.stub_count = stub_count_;
    layout_.names = names_;
    std::uint64_t cells = 1;
    bool too_many = false;
    for (const auto& l : labels_) {
      layout_.sizes.push_back(l.size());
      if (__builtin_mul_overflow(cells, static_cast<std::uint64_t>(l.size()), &cells)) too_many = true;
    }
    if (too_many || cells > opts_.max_cells) {
      std::string sizes;
      for (auto s : layout_.sizes) sizes += (sizes.empty() ? "" : " × ") + std::to_string(s);
      return fail(var_lines_.empty() ? 1 : var_lines_[0],
                  "the table has " + (too_many ? std::string("too many") : std::to_string(cells)) + " cells (" + sizes +
                      "), more than the limit of " + std::to_string(opts_.max_cells),
                  "DATA");
    }
    layout_.cell_count = cells;
    if (!keys_.empty()) {
      layout_.keys = true;
      std::vector<const Key*> by_var(names_.size(), nullptr);
      for (const auto& k : keys_) {
        if (k.variable >= stub_count_)
          return fail(k.line, "KEYS(" + var_display(k.variable) + "): " + var_display(k.variable) +
                                  " is a HEADING variable; KEYS are for STUB variables", "KEYS");
        if (k.source != "VALUES" && k.source != "CODES")
          return fail(k.line, "KEYS(" + var_display(k.variable) + ") must be VALUES or CODES, not " + quoted(k.source),
                      "KEYS");
        if (!by_var[k.variable]) by_var[k.variable] = &k;
      }
      for (std::size_t v = 0; v < stub_count_; ++v) {
        if (!by_var[v])
          return fail(keys_[0].line, "KEYS(" + var_display(v) + ") is missing: with KEYS every STUB variable needs one",
                      "KEYS");
        std::unordered_map<std::string, std::uint64_t> index;
        const auto& primary = by_var[v]->source == "CODES" ? codes_[v] : default_labels_[v];
        for (std::size_t c = 0; c < primary.size(); ++c) index.emplace(primary[c], c);
        if (by_var[v]->source == "VALUES")
          for (std::size_t c = 0; c < labels_[v].size(); ++c) index.emplace(labels_[v][c], c);
        layout_.key_index.push_back(std::move(index));
      }
    }
    if (!lex_.data_found) return fail(lex_.last_line, "mandatory keyword DATA is missing", "DATA");
    return {};
  }

  struct Key {
    std::size_t variable;
    std::string source;
    std::size_t line;
  };

  const LexResult& lex_;
  const EncodingChoice& encoding_;
  const PxOptions& opts_;
  Dataset& out_;
  std::vector<Statement> st_;
  std::string default_lang_;
  std::string lang_;  // "" = the default language
  std::vector<std::string> declared_;
  std::size_t languages_line_ = 0;
  std::vector<std::string> names_, default_names_;
  std::vector<std::size_t> var_lines_;
  std::size_t stub_count_ = 0;
  std::vector<std::vector<std::string>> labels_, default_labels_, codes_;
  std::vector<bool> has_timeval_;
  int contvar_ = -1;
  std::vector<Key> keys_;
  DataLayout layout_;
};

}  // namespace

Result<DataLayout> interpret_metadata(const LexResult& lex, const EncodingChoice& encoding, const PxOptions& opts,
                                      stats::Dataset& out) {
  return Interpreter(lex, encoding, opts, out).run();
}

}  // namespace jamt::formats::px
