#include "formats/px/px_lexer.hpp"

#include <cctype>

namespace jamt::formats::px {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == '\x1a'; }
bool is_keyword_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}
// Characters that may follow the closing quotation mark of a string (after
// blanks). Anything else means the mark was a stray one inside the string.
bool closes_string(char c) {
  return c == ',' || c == ';' || c == ')' || c == '-' || c == ':' || c == '"' || c == '\r' || c == '\n' || c == ']';
}

class Lexer {
 public:
  Lexer(std::string_view bytes, bool at_eof) : s_(bytes), eof_(at_eof) {}

  LexResult run() {
    while (!r_.need_more) {
      skip_blanks_and_semicolons();
      if (at_end()) {
        if (!eof_) r_.need_more = true;
        break;
      }
      if (statement()) break;  // DATA reached
      r_.last_line = line_;
    }
    if (r_.data_found) r_.last_line = line_;
    return std::move(r_);
  }

 private:
  bool at_end() const { return i_ >= s_.size(); }
  void advance() {
    if (s_[i_] == '\n') ++line_;
    ++i_;
  }
  void skip_blanks() {
    while (!at_end() && is_space(s_[i_])) advance();
  }
  void skip_blanks_and_semicolons() {
    while (!at_end() && (is_space(s_[i_]) || s_[i_] == ';')) advance();
  }
  // Marks the input as cut short (when more may come); returns true if so.
  bool starve() {
    if (!eof_) r_.need_more = true;
    return !eof_;
  }
  bool at_line_start(std::size_t pos) const {
    std::size_t k = pos;
    while (k > 0 && (s_[k - 1] == ' ' || s_[k - 1] == '\t')) --k;
    return k == 0 || s_[k - 1] == '\n' || s_[k - 1] == '\r';
  }
  // True when a new statement seems to start at `pos` (a keyword at the start
  // of a line followed by '=', '[' or '('): used to stop at a missing ';'.
  bool looks_like_statement(std::size_t pos) const {
    if (!at_line_start(pos)) return false;
    std::size_t k = pos;
    if (k >= s_.size() || !std::isalpha(static_cast<unsigned char>(s_[k]))) return false;
    while (k < s_.size() && is_keyword_char(s_[k])) ++k;
    if (k - pos < 2) return false;
    std::string_view word = s_.substr(pos, k - pos);
    if (word == "TLIST" || word == "tlist") return false;
    while (k < s_.size() && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    return k < s_.size() && (s_[k] == '=' || s_[k] == '[' || s_[k] == '(');
  }

  // Reads a quoted string at i_ (which is at the opening mark) into `out`.
  // Returns false if the input ended first (need_more set, or a syntax error
  // recorded in `st` at end of file).
  bool quoted(std::string& out, RawStatement& st) {
    std::size_t open_line = line_;
    std::size_t start = i_ + 1;
    std::size_t seg = start;
    std::size_t j = start;
    std::size_t stray_at = std::string_view::npos;
    while (true) {
      std::size_t q = s_.find('"', j);
      if (q == std::string_view::npos) {
        if (starve()) return false;
        st.syntax_error = "a string that starts on line " + std::to_string(open_line) + " is never closed";
        append_segment(out, seg, s_.size());
        while (!at_end()) advance();
        return false;
      }
      std::size_t k = q + 1;
      while (k < s_.size() && (s_[k] == ' ' || s_[k] == '\t')) ++k;
      if (k >= s_.size() && starve()) return false;
      bool closes = k >= s_.size() || closes_string(s_[k]);
      if (closes) {
        append_segment(out, seg, q);
        if (stray_at != std::string_view::npos && st.stray_quote_line == 0) {
          st.stray_quote_line = line_at(stray_at);
          st.stray_quote_text = std::string(s_.substr(start - 1, q + 1 - (start - 1)));
        }
        while (i_ <= q) advance();
        return true;
      }
      // A mark inside the string: drop it and look for the real end.
      if (stray_at == std::string_view::npos) stray_at = q;
      append_segment(out, seg, q);
      seg = q + 1;
      j = q + 1;
    }
  }
  // Appends s_[from, to) with line breaks turned into single spaces.
  void append_segment(std::string& out, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      char c = s_[k];
      if (c == '\r') {
        if (k + 1 < to && s_[k + 1] == '\n') continue;
        out.push_back(' ');
      } else if (c == '\n') {
        out.push_back(' ');
      } else {
        out.push_back(c);
      }
    }
  }
  std::size_t line_at(std::size_t pos) const {
    std::size_t l = line_;
    for (std::size_t k = i_; k < pos; ++k)
      if (s_[k] == '\n') ++l;
    return l;
  }

  // Skips to the end of a statement that could not be read (quote-aware).
  void skip_statement(RawStatement& st) {
    while (!at_end()) {
      if (i_ > statement_start_ && looks_like_statement(i_)) return;
      char c = s_[i_];
      if (c == ';') {
        advance();
        return;
      }
      if (c == '"') {
        std::string ignored;
        if (!quoted(ignored, st)) return;
        continue;
      }
      if (c == '\n') {
        advance();
        if (looks_like_statement(i_)) return;
        continue;
      }
      advance();
    }
    starve();
  }

  // Reads one statement; returns true when it was DATA (lexing stops).
  bool statement() {
    RawStatement st;
    st.line = line_;
    std::size_t start = i_;
    statement_start_ = i_;
    while (!at_end() && is_keyword_char(s_[i_])) advance();
    if (i_ == start) {
      r_.problems.push_back({line_, std::string("unexpected character '") + s_[i_] +
                                        "' where a keyword should begin; text up to the next ';' ignored"});
      skip_statement(st);
      return false;
    }
    for (char c : s_.substr(start, i_ - start)) st.keyword.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    skip_blanks();
    if (at_end()) return fail_at_end(st);
    if (s_[i_] == '[') {
      advance();
      std::size_t lang_start = i_;
      while (!at_end() && s_[i_] != ']' && s_[i_] != '\n' && s_[i_] != '=') advance();
      if (at_end()) return fail_at_end(st);
      if (s_[i_] != ']') return fail(st, "the language of " + st.keyword + " has no closing ']'");
      for (char c : s_.substr(lang_start, i_ - lang_start))
        if (c != '"' && !is_space(c)) st.language.push_back(c);
      advance();
      skip_blanks();
      if (at_end()) return fail_at_end(st);
    }
    if (s_[i_] == '(') {
      advance();
      if (!subkeys(st)) return r_.need_more || push(st);
      skip_blanks();
      if (at_end()) return fail_at_end(st);
    }
    if (s_[i_] != '=') return fail(st, "expected '=' after " + st.keyword);
    advance();
    if (st.keyword == "DATA") {
      r_.data_found = true;
      r_.data_offset = i_;
      r_.data_line = line_;
      return true;
    }
    values(st);
    if (!r_.need_more) r_.statements.push_back(std::move(st));
    return false;
  }

  bool push(RawStatement& st) {
    r_.statements.push_back(std::move(st));
    return false;
  }
  bool fail(RawStatement& st, std::string message) {
    st.syntax_error = std::move(message);
    skip_statement(st);
    if (!r_.need_more) r_.statements.push_back(std::move(st));
    return false;
  }
  bool fail_at_end(RawStatement& st) {
    if (starve()) return false;
    st.syntax_error = st.keyword + " ends with the file";
    r_.statements.push_back(std::move(st));
    return false;
  }

  // Reads ("a","b") after the '('; false on a syntax error or lack of input.
  bool subkeys(RawStatement& st) {
    while (true) {
      skip_blanks();
      if (at_end()) {
        if (!starve()) st.syntax_error = "the sub-key of " + st.keyword + " ends with the file";
        return false;
      }
      if (s_[i_] == ')' && st.subkeys.empty()) {
        advance();
        return true;
      }
      std::string key;
      if (s_[i_] == '"') {
        if (!quoted(key, st)) return false;
      } else {
        std::size_t from = i_;
        while (!at_end() && s_[i_] != ',' && s_[i_] != ')' && s_[i_] != ';' && s_[i_] != '\n' && s_[i_] != '"') advance();
        key = trim(s_.substr(from, i_ - from));
      }
      st.subkeys.push_back(std::move(key));
      skip_blanks();
      if (at_end()) {
        if (!starve()) st.syntax_error = "the sub-key of " + st.keyword + " ends with the file";
        return false;
      }
      if (s_[i_] == ',') {
        advance();
        continue;
      }
      if (s_[i_] == ')') {
        advance();
        return true;
      }
      st.syntax_error = "expected ',' or ')' in the sub-key of " + st.keyword;
      skip_statement(st);
      return false;
    }
  }

  static std::string trim(std::string_view v) {
    std::size_t a = 0, b = v.size();
    while (a < b && is_space(v[a])) ++a;
    while (b > a && is_space(v[b - 1])) --b;
    return std::string(v.substr(a, b - a));
  }

  // Reads the value list after '=' up to ';' (or, inside TLIST, up to ')').
  void values(RawStatement& st, char terminator = ';') {
    RawValue cur;
    bool started = false;
    bool after_comma = false;
    auto finish = [&]() {
      st.values.push_back(std::move(cur));
      cur = RawValue{};
      started = false;
    };
    while (true) {
      skip_blanks();
      if (at_end()) {
        if (starve()) return;
        st.syntax_error = "missing ';' at the end of " + st.keyword;
        if (started) finish();
        return;
      }
      char c = s_[i_];
      if (c == terminator) {
        advance();
        if (started || after_comma) finish();
        return;
      }
      if (terminator == ';' && looks_like_statement(i_)) {
        st.syntax_error = "missing ';' at the end of " + st.keyword;
        if (started) finish();
        return;
      }
      if (c == ',') {
        advance();
        // An empty item only between commas or first; not after TLIST(...).
        if (started || after_comma || st.values.empty()) finish();
        after_comma = true;
        continue;
      }
      after_comma = false;
      if (c == '"') {
        std::string text;
        if (!quoted(text, st)) {
          if (!r_.need_more) {
            cur.text += text;
            finish();
          }
          return;
        }
        cur.text += text;
        cur.quoted = true;
        started = true;
        continue;
      }
      if (c == '-' && started && cur.quoted) {
        advance();
        finish();
        st.values.push_back(RawValue{ValueKind::range, "-", false});
        continue;
      }
      if (c == ':' && started) {
        advance();
        cur.text.push_back(':');
        continue;
      }
      if (c == ';' || c == ')') {  // the other terminator, out of place
        st.syntax_error = std::string("unexpected '") + c + "' in the values of " + st.keyword;
        skip_statement(st);
        if (started) finish();
        return;
      }
      // A bare word, or TLIST(...).
      std::size_t from = i_;
      while (!at_end() && s_[i_] != ',' && s_[i_] != ';' && s_[i_] != '"' && s_[i_] != '\n' && s_[i_] != '\r' &&
             s_[i_] != '(' && !(terminator == ')' && s_[i_] == ')'))
        advance();
      std::string word = trim(s_.substr(from, i_ - from));
      if (!at_end() && s_[i_] == '(') {
        std::string upper;
        for (char w : word) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(w))));
        if (upper == "TLIST" && terminator == ';') {
          advance();
          if (started) finish();
          tlist(st);
          if (r_.need_more || !st.syntax_error.empty()) return;
          continue;
        }
        advance();
        word.push_back('(');
      }
      cur.text += word;
      started = true;
    }
  }

  // TLIST(A1) or TLIST(A1, "1994"-"1996"), after the '('.
  void tlist(RawStatement& st) {
    skip_blanks();
    std::size_t from = i_;
    while (!at_end() && s_[i_] != ',' && s_[i_] != ')' && s_[i_] != ';' && s_[i_] != '\n') advance();
    if (at_end()) {
      if (!starve()) st.syntax_error = "TLIST of " + st.keyword + " ends with the file";
      return;
    }
    st.values.push_back(RawValue{ValueKind::tlist, trim(s_.substr(from, i_ - from)), false});
    if (s_[i_] == ')') {
      advance();
      return;
    }
    if (s_[i_] == ',') {
      advance();
      values(st, ')');
      return;
    }
    st.syntax_error = "TLIST of " + st.keyword + " has no closing ')'";
  }

  std::string_view s_;
  bool eof_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t statement_start_ = 0;
  LexResult r_;
};

}  // namespace

LexResult lex_metadata(std::string_view bytes, bool at_eof) { return Lexer(bytes, at_eof).run(); }

}  // namespace jamt::formats::px
