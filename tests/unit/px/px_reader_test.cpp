// The PX reader on small hand-written files: encodings, line ends, KEYS,
// TIMEVAL, languages, DATA errors, symbols, notes and the streaming reader.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <cmath>
#include <filesystem>
#include <sstream>

#include "formats/px/px_reader.hpp"
#include "formats/px/px_timeval.hpp"

using namespace jamt;

namespace {

// The head of the UTF-8 test tables (two lines).
const std::string kHead = "CHARSET=\"ANSI\";\nCODEPAGE=\"utf-8\";\n";

// A small valid table: region (3, with CODES) × sex (2), 6 cells.
std::string table(const std::string& head, const std::string& data = "1 2\n3 4\n5 6;\n",
                  const std::string& extra = "") {
  return head +
         "DECIMALS=0;\nMATRIX=\"T1\";\nSUBJECT-CODE=\"BE\";\nSUBJECT-AREA=\"Befolkning\";\n"
         "TITLE=\"Folkmängd efter region och kön\";\nCONTENTS=\"Folkmängd\";\nUNITS=\"antal\";\n"
         "STUB=\"region\";\nHEADING=\"kön\";\n"
         "VALUES(\"region\")=\"Örebro län\",\"Västra Götalands län\",\"Skåne län\";\n"
         "VALUES(\"kön\")=\"män\",\"kvinnor\";\nCODES(\"region\")=\"18\",\"14\",\"12\";\nCODES(\"kön\")=\"1\",\"2\";\n" +
         extra + "DATA=\n" + data;
}

std::string to_cp1252(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c == 0xC3 && i + 1 < utf8.size()) {
      out.push_back(static_cast<char>(static_cast<unsigned char>(utf8[++i]) + 0x40));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string to_cp850(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    std::string ch = utf8.substr(i, 2);
    if (ch == "å") out.push_back('\x86'), ++i;
    else if (ch == "ä") out.push_back('\x84'), ++i;
    else if (ch == "ö") out.push_back('\x94'), ++i;
    else if (ch == "Ö") out.push_back('\x99'), ++i;
    else if (ch == "Å") out.push_back('\x8F'), ++i;
    else if (ch == "Ä") out.push_back('\x8E'), ++i;
    else out.push_back(utf8[i]);
  }
  return out;
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

Result<stats::Dataset> read(const std::string& text, const std::string& language = "") {
  formats::PxOptions o;
  o.file_name = "t.px";
  o.language = language;
  return formats::read_px(text, o);
}

std::string warnings_of(const stats::Dataset& d) {
  std::string s;
  for (const auto& w : d.warnings) s += w.where + ": " + w.message + "\n";
  return s;
}

}  // namespace

TEST(PxReader, ReadsASmallTableInStubThenHeadingOrder) {
  auto r = read(table("CHARSET=\"ANSI\";\nCODEPAGE=\"utf-8\";\nLANGUAGE=\"sv\";\n"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(warnings_of(*r), "");
  EXPECT_EQ(r->id, "T1");
  EXPECT_EQ(r->title, "Folkmängd efter region och kön");
  EXPECT_EQ(r->language, "sv");
  ASSERT_EQ(r->dimensions.size(), 2u);
  EXPECT_EQ(r->stub_dimensions, 1u);
  EXPECT_EQ(r->dimensions[0].categories[1].code, "14");
  EXPECT_EQ(r->dimensions[0].categories[1].label, "Västra Götalands län");
  EXPECT_EQ(r->values, (std::vector<double>{1, 2, 3, 4, 5, 6}));
  // Roles from names: "region" is geographic; no time variable here.
  EXPECT_EQ(r->dimensions[0].role, stats::DimensionRole::geo);
  EXPECT_EQ(r->dimensions[1].role, stats::DimensionRole::other);
}

TEST(PxReader, Utf8DeclaredFileInWindows1252FallsBackWithAWarning) {
  auto r = read(to_cp1252(table("CHARSET=\"ANSI\";\nCODEPAGE=\"utf-8\";\n")));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->dimensions[0].categories[0].label, "Örebro län");
  EXPECT_EQ(r->dimensions[0].categories[2].label, "Skåne län");
  EXPECT_EQ(r->dimensions[1].id, "kön");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].where, "t.px:7");  // TITLE, the first line with a byte that is not UTF-8
  EXPECT_EQ(r->warnings[0].message,
            "the file declares UTF-8 (CODEPAGE=\"utf-8\") but the text is not valid UTF-8; read as Windows-1252");
}

TEST(PxReader, AnsiDeclaredFileInUtf8IsReadAsUtf8WithAWarning) {
  auto r = read(table("CHARSET=\"ANSI\";\nCODEPAGE=\"iso-8859-1\";\n"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->dimensions[0].categories[1].label, "Västra Götalands län");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].message,
            "the file declares Windows-1252 (CODEPAGE=\"iso-8859-1\") but the text is valid UTF-8; read as UTF-8");
}

TEST(PxReader, AnsiFileInWindows1252NeedsNoWarning) {
  auto r = read(to_cp1252(table("CHARSET=\"ANSI\";\n")));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(warnings_of(*r), "");
  EXPECT_EQ(r->dimensions[0].categories[0].label, "Örebro län");
}

TEST(PxReader, FileWithoutCharsetIsDosText) {
  auto r = read(to_cp850(table("AXIS-VERSION=\"1.5\";\n")));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(warnings_of(*r), "");
  EXPECT_EQ(r->dimensions[0].categories[2].label, "Skåne län");
  EXPECT_EQ(r->title, "Folkmängd efter region och kön");
}

TEST(PxReader, Utf8ByteOrderMarkIsSkipped) {
  auto r = read("\xEF\xBB\xBF" + table("CHARSET=\"ANSI\";\n"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(warnings_of(*r), "");  // the mark says UTF-8 and the text is UTF-8
  EXPECT_EQ(r->dimensions[0].categories[0].label, "Örebro län");
  EXPECT_EQ(r->values.size(), 6u);
}

TEST(PxReader, CrLfLineEndsReadLikeLf) {
  std::string lf = table(kHead + "NOTE=\"Första raden \"\n\"och andra.\";\n", "1 2\n3 \".\"\n5 6\n");
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  auto a = read(lf), b = read(crlf);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(warnings_of(*b), "");
  EXPECT_EQ(b->notes, std::vector<std::string>{"Första raden och andra."});
  EXPECT_EQ(a->notes, b->notes);
  EXPECT_EQ(a->status, b->status);
  EXPECT_EQ(b->values[4], 5.0);
  // A bad value on line 3 of DATA is reported on the same line either way.
  auto bad = read(crlf + "x");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "t.px:22");
}

TEST(PxReader, ListsAndStringsContinueOverLines) {
  std::string text = table(kHead, "1 2 3 4 5 6 7 8;",
                           "VALUES(\"tid\")=\"2019\",\n\"2020\";\nTITLE=\"ignored twice\";\n");
  // Replace the heading with sex × time to make a 3 × 2 × 2 table.
  replace(text, "HEADING=\"kön\"", "HEADING=\"kön\",\n  \"tid\"");
  auto r = read(text + " 9 10 11 12");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->dimensions.size(), 3u);
  EXPECT_EQ(r->dimensions[2].categories[1].label, "2020");
  EXPECT_EQ(r->dimensions[2].role, stats::DimensionRole::time);  // by name, as there is no TIMEVAL
  EXPECT_EQ(r->values.back(), 12.0);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].message, "TITLE is given again (first on line 7); the first is used");
}

TEST(PxReader, DataSeparatorsSymbolsAndDecimals) {
  auto r = read(table(kHead, "1.5,\"..\";\"-\"\t4\n\".\" 6e1\n",
                      "DATASYMBOL2=\"uppgift saknas\";\nDATASYMBOLNIL=\"–\";\n"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->values[0], 1.5);
  EXPECT_TRUE(std::isnan(r->values[1]));
  EXPECT_EQ(r->status.at(1), "..");
  EXPECT_EQ(r->values[2], 0.0);  // nil is zero, marked "-"
  EXPECT_EQ(r->status.at(2), "-");
  EXPECT_EQ(r->status.at(4), ".");
  EXPECT_EQ(r->values[5], 60.0);
  EXPECT_EQ(r->status.size(), 3u);
  EXPECT_EQ(r->symbol_texts.at(".."), "uppgift saknas");
  EXPECT_EQ(r->symbol_texts.at("-"), "–");
}

TEST(PxReader, TruncatedDataIsAnErrorNamingTheLine) {
  auto r = read(table(kHead, "1 2\n3 4\n5"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "t.px:19: DATA ends after 5 values but the table has 6 cells (3 × 2)");
}

TEST(PxReader, TooManyValuesIsAnErrorNamingTheLine) {
  auto r = read(table(kHead, "1 2\n3 4\n5 6\n7;"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "t.px:20: DATA has more values than the 6 cells of the table");
}

TEST(PxReader, GarbageInDataIsAnError) {
  auto r = read(table(kHead, "1 2\n3 x4\n5 6"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(),
            "t.px:18: DATA: x4 is neither a number nor a data symbol (\".\" to \"......\", \"-\")");
}

TEST(PxReader, KeysRowsFillTheirCellsAndLeftOutRowsAreZero) {
  std::string extra = "KEYS(\"region\")=CODES;\n";
  auto r = read(table(kHead, "\"14\",3 4\n\"18\",1 \"..\"\n", extra));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(warnings_of(*r), "");
  EXPECT_EQ(r->values[0], 1.0);
  EXPECT_TRUE(std::isnan(r->values[1]));
  EXPECT_EQ(r->values[2], 3.0);
  EXPECT_EQ(r->values[3], 4.0);
  EXPECT_EQ(r->values[4], 0.0);  // Skåne's row is left out: zeros
  EXPECT_EQ(r->values[5], 0.0);
  EXPECT_EQ(r->status.size(), 1u);
}

TEST(PxReader, KeysByValueTextUnknownKeyAndShortRow) {
  std::string extra = "KEYS(\"region\")=VALUES;\n";
  auto ok = read(table(kHead, "\"Skåne län\",5 6\n", extra));
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok->values, (std::vector<double>{0, 0, 0, 0, 5, 6}));
  auto unknown = read(table(kHead, "\"Skåne län\",5 6\n\"Gotland\",1 2\n", extra));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().to_string(), "t.px:19: DATA: \"Gotland\" is not a value of \"region\" (KEYS row)");
  auto short_row = read(table(kHead, "\"Skåne län\",5\n\"Örebro län\",1 2\n", extra));
  ASSERT_FALSE(short_row.ok());
  EXPECT_EQ(short_row.error().to_string(), "t.px:18: DATA: the KEYS row on line 18 has 1 values; expected 2");
  auto missing = read(table(kHead, "\"Skåne län\",5 6\n", "KEYS(\"kön\")=VALUES;\n"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().to_string(),
            "t.px:16: KEYS(\"kön\"): \"kön\" is a HEADING variable; KEYS are for STUB variables");
}

TEST(PxReader, TimevalRangeGivesPeriodsAndMissingValuesAreMadeFromIt) {
  std::string text = table(kHead, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18",
                           "TIMEVAL(\"tid\")=TLIST(Q1, \"20231\"-\"20242\");\n");
  replace(text, "HEADING=\"kön\"", "HEADING=\"tid\"");
  replace(text, "VALUES(\"kön\")=\"män\",\"kvinnor\";\n", "");
  replace(text, "CODES(\"kön\")=\"1\",\"2\";\n", "");
  auto r = read(text);
  ASSERT_TRUE(r.ok()) << r.error().to_string() << "\n" << text;
  EXPECT_EQ(warnings_of(*r), "");
  const auto& time = r->dimensions[1];
  EXPECT_EQ(time.role, stats::DimensionRole::time);
  EXPECT_EQ(time.time_scale, "Q1");
  EXPECT_EQ(time.time_values, (std::vector<std::string>{"20231", "20232", "20233", "20234", "20241", "20242"}));
  ASSERT_EQ(time.categories.size(), 6u);
  EXPECT_EQ(time.categories[0].label, "2023Q1");
  EXPECT_EQ(time.categories[5].label, "2024Q2");
  EXPECT_EQ(r->values.size(), 18u);
}

TEST(PxReader, TimevalListedWithValuesAndABadRange) {
  std::string text = table(kHead, "1 2 3 4 5 6",
                           "TIMEVAL(\"kön\")=TLIST(A1),\"1994\"-\"1996\";\n");
  auto r = read(text);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].message,
            "TIMEVAL(\"kön\") lists 3 periods but VALUES(\"kön\") has 2; the periods are not used");
  auto bad = read(table(kHead, "1 2 3 4 5 6", "TIMEVAL(\"kön\")=TLIST(A1),\"1996\"-\"1994\";\n"));
  ASSERT_TRUE(bad.ok());
  ASSERT_EQ(bad->warnings.size(), 1u);
  EXPECT_EQ(bad->warnings[0].message, "TIMEVAL(\"kön\"): \"1996\"-\"1994\" is not a range of time scale A1");
}

TEST(PxTimeval, RangesInEveryScale) {
  using formats::px::expand_time_range;
  EXPECT_EQ(*expand_time_range("A1", "1994", "1996", 100), (std::vector<std::string>{"1994", "1995", "1996"}));
  EXPECT_EQ(*expand_time_range("H1", "19942", "19952", 100), (std::vector<std::string>{"19942", "19951", "19952"}));
  EXPECT_EQ(*expand_time_range("M1", "199911", "200002", 100),
            (std::vector<std::string>{"199911", "199912", "200001", "200002"}));
  // 2020 has 53 ISO weeks (1 January was a Wednesday in a leap year), 2021 has 52.
  EXPECT_EQ(*expand_time_range("W1", "202052", "202101", 100),
            (std::vector<std::string>{"202052", "202053", "202101"}));
  EXPECT_EQ(*expand_time_range("W1", "202152", "202201", 100), (std::vector<std::string>{"202152", "202201"}));
  EXPECT_FALSE(expand_time_range("Q1", "19945", "19952", 100));
  EXPECT_FALSE(expand_time_range("A1", "1000", "9999", 100));  // too many periods
  EXPECT_EQ(formats::px::time_period_label("M1", "199501"), "1995M01");
  EXPECT_EQ(formats::px::time_period_label("W1", "199501"), "1995W01");
}

TEST(PxReader, LanguageSelectionOnAMultilingualFile) {
  std::string path = std::string(JAMT_TEST_DATA) + "/px/multilanguage/BE0101F1langensvfiolikacelln.px";
  auto en = formats::read_px_file(path);
  formats::PxOptions sv_opts;
  sv_opts.language = "sv";
  auto sv = formats::read_px_file(path, sv_opts);
  ASSERT_TRUE(en.ok() && sv.ok());
  EXPECT_EQ(en->language, "en");
  EXPECT_EQ(sv->language, "sv");
  EXPECT_EQ(en->languages, (std::vector<std::string>{"en", "sv", "fi"}));
  EXPECT_EQ(en->title, "Migration by region, age, period, type and sex");
  EXPECT_EQ(sv->title, "Flyttningar efter region, ålder, tid, typ och kön");
  EXPECT_EQ(sv->dimensions[1].id, "ålder");
  EXPECT_EQ(sv->dimensions[4].categories[1].label, "kvinnor");
  EXPECT_EQ(sv->dimensions[4].categories[1].code, "2");
  EXPECT_EQ(sv->dimensions[0].categories[0].label, "00 Riket");
  // The contents variable and its per-content units in each language.
  EXPECT_EQ(sv->dimensions[3].role, stats::DimensionRole::metric);
  EXPECT_EQ(sv->dimensions[3].content.at("BE0101F1").unit, "antal");
  EXPECT_EQ(en->dimensions[3].content.at("BE0101F1").unit, "number");
  EXPECT_EQ(sv->dimensions[0].elimination_value, "00 Riket");
  EXPECT_EQ(sv->unit, "antal");
  // Same cells whatever the language.
  EXPECT_EQ(en->values, sv->values);
  // Cell notes name values in their own language: CELLNOTEX[sv]("*","20","*","Inflyttade","*").
  bool found = false;
  for (const auto& n : sv->cell_notes)
    if (n.kind == stats::CellNoteKind::mandatory_note && n.text == "Cellnot inflyttade 20 år.") {
      found = true;
      EXPECT_EQ(n.indices, (std::vector<long>{-1, 0, -1, 0, -1}));
    }
  EXPECT_TRUE(found);
  formats::PxOptions de_opts;
  de_opts.language = "de";
  auto de = formats::read_px_file(path, de_opts);
  ASSERT_FALSE(de.ok());
  EXPECT_EQ(de.error().to_string(),
            "BE0101F1langensvfiolikacelln.px:4: language \"de\" is not in the file (it has en, sv, fi)");
}

TEST(PxReader, NotesEliminationPrecisionAndContents) {
  std::string path = std::string(JAMT_TEST_DATA) + "/px/error/continue/template av BE0101F1error.px";
  auto r = formats::read_px_file(path);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const auto& region = r->dimensions[0];
  EXPECT_EQ(region.map, "Sweden_municipality");
  EXPECT_EQ(region.role, stats::DimensionRole::geo);
  EXPECT_EQ(region.elimination_value, "00 Sweden");
  EXPECT_EQ(region.value_notes.at("0114"), "optional valuenote for Upplands Väsby");
  EXPECT_EQ(region.value_notes_mandatory.at("0114"), "mandatory valuenote for Upplands Väsby");
  EXPECT_EQ(region.note_mandatory, "Mandatory footnote for region.");
  EXPECT_EQ(region.note.substr(0, 30), "Since 1 January 1999, a new re");
  EXPECT_EQ(r->dimensions[4].elimination, std::optional<bool>(true));
  EXPECT_EQ(r->dimensions[2].time_values, std::vector<std::string>{"2003"});
  const auto& type = r->dimensions[3];
  EXPECT_EQ(type.content.at("BE0101F1").last_updated, "20040212 16:28");
  EXPECT_EQ(type.content.at("BE0101F1").stock_flow, "F");
  EXPECT_EQ(type.content.at("BE0101F2").contact, "");
  EXPECT_EQ(r->mandatory_notes, std::vector<std::string>{"Mandatory table note"});
  EXPECT_EQ(r->symbol_texts.at("......"), "six");
  EXPECT_EQ(r->data_note_sum, "Se");
  // DATANOTECELL("*", "21", "*", "BE0101F2", "1")="Ae" names the cells by CODES.
  bool found = false;
  for (const auto& n : r->cell_notes)
    if (n.kind == stats::CellNoteKind::data_note && n.indices == std::vector<long>{-1, 1, -1, 1, 0}) found = true;
  EXPECT_TRUE(found);
}

TEST(PxReader, StreamingMatchesInMemoryAcrossPieceBoundaries) {
  // About 3 MB of DATA with quoted symbols, so tokens straddle the 1 MiB pieces.
  std::string head =
      "CHARSET=\"ANSI\";\nDECIMALS=1;\nMATRIX=\"B\";\nSUBJECT-CODE=\"X\";\nSUBJECT-AREA=\"X\";\nTITLE=\"T\";\n"
      "CONTENTS=\"C\";\nUNITS=\"u\";\nSTUB=\"a\";\nHEADING=\"b\";\nVALUES(\"a\")=";
  const int rows = 25000, cols = 20;
  for (int i = 0; i < rows; ++i) head += (i ? ",\"" : "\"") + std::to_string(i) + "\"";
  head += ";\nVALUES(\"b\")=";
  for (int j = 0; j < cols; ++j) head += (j ? ",\"" : "\"") + std::to_string(j) + "\"";
  head += ";\nDATA=\n";
  std::string text = head;
  for (int i = 0; i < rows; ++i) {
    for (int j = 0; j < cols; ++j) text += (i + j) % 7 == 0 ? "\"..\" " : std::to_string(i * cols + j) + ".5 ";
    text += "\n";
  }
  auto memory = formats::read_px(text);
  std::istringstream in(text);
  auto stream = formats::read_px_stream(in);
  ASSERT_TRUE(memory.ok() && stream.ok());
  ASSERT_EQ(stream->values.size(), static_cast<std::size_t>(rows * cols));
  EXPECT_EQ(memory->status, stream->status);
  for (std::size_t k = 0; k < stream->values.size(); ++k) {
    if (stream->status.count(k)) continue;
    ASSERT_EQ(stream->values[k], memory->values[k]) << k;
    ASSERT_EQ(stream->values[k], static_cast<double>(k) + 0.5) << k;
  }
}

TEST(PxReader, RefusesTablesAboveTheCellLimitAndUnreadableFiles) {
  formats::PxOptions o;
  o.file_name = "t.px";
  o.max_cells = 5;
  auto big = formats::read_px(table(kHead), o);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().to_string(), "t.px:10: the table has 6 cells (3 × 2), more than the limit of 5");
  auto missing = formats::read_px_file("/nonexistent/x.px");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, jamt::ErrorKind::io);
  auto utf16 = read(std::string("\xFF\xFE") + "C\0H\0", "");
  ASSERT_FALSE(utf16.ok());
}

TEST(PxReader, StrayQuoteInAStructuralKeywordIsFatalElsewhereAWarning) {
  auto fatal = read(table(kHead, "1 2 3 4 5 6", "CODES(\"kön\")=\"1\"x\",\"2\";\n"));
  ASSERT_FALSE(fatal.ok());
  EXPECT_EQ(fatal.error().to_string(),
            "t.px:16: CODES(\"kön\"): stray quotation mark in \"1\"x\" (a PX value cannot contain '\"')");
  auto warned = read(table(kHead, "1 2 3 4 5 6", "SOURCE=\"SC\"B\";\n"));
  ASSERT_TRUE(warned.ok());
  EXPECT_EQ(warned->source, "SCB");
  ASSERT_EQ(warned->warnings.size(), 1u);
  EXPECT_EQ(warned->warnings[0].where, "t.px:16");
}

TEST(PxReader, CodesCountMustMatchValues) {
  std::string text = table(kHead);
  replace(text, "CODES(\"region\")=\"18\"", "CODES(\"region\")=\"19\",\"18\"");
  auto bad = read(text);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string(), "t.px:14: VALUES(\"region\") has 3 values but CODES has 4");
}

TEST(PxReader, VariableNamesInSubKeysAreTrimmedWithAWarning) {
  // tests/data/px/handwritten/subkey_spaces.px: STUB="region","kön";
  // HEADING="år"; the sub-keys say "region ", " kön", " år " and so on.
  std::string path = std::string(JAMT_TEST_DATA) + "/px/handwritten/subkey_spaces.px";
  auto r = formats::read_px_file(path);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->dimensions.size(), 3u);
  const auto& region = r->dimensions[0];
  const auto& sex = r->dimensions[1];
  const auto& year = r->dimensions[2];
  // VALUES and CODES reach the variable their trimmed sub-key names.
  EXPECT_EQ(region.id, "region");
  ASSERT_EQ(region.categories.size(), 2u);
  EXPECT_EQ(region.categories[0].code, "23");
  EXPECT_EQ(region.categories[0].label, "Jämtlands län");
  EXPECT_EQ(region.categories[1].code, "22");
  EXPECT_EQ(region.categories[1].label, "Västernorrlands län");
  EXPECT_EQ(region.note, "Länsindelning 2024.");
  EXPECT_EQ(sex.id, "kön");
  ASSERT_EQ(sex.categories.size(), 2u);
  EXPECT_EQ(sex.categories[0].code, "2");
  EXPECT_EQ(sex.categories[0].label, "kvinnor");
  EXPECT_EQ(sex.categories[1].code, "1");
  EXPECT_EQ(sex.elimination, std::optional<bool>(true));
  EXPECT_EQ(year.id, "år");
  EXPECT_EQ(year.role, stats::DimensionRole::time);
  EXPECT_EQ(year.time_scale, "A1");
  EXPECT_EQ(year.time_values, (std::vector<std::string>{"2023", "2024"}));
  // Jämtlands län, män, 2024 is the fourth number of DATA.
  EXPECT_EQ(r->values, (std::vector<double>{64800, 64950, 67300, 67500, 120900, 120700, 123600, 123400}));
  EXPECT_EQ(warnings_of(*r),
            "subkey_spaces.px:14: VALUES(\"region \"): the variable name \"region \" has white space before or after "
            "it; read as \"region\"\n"
            "subkey_spaces.px:15: VALUES(\" kön\"): the variable name \" kön\" has white space before or after it; "
            "read as \"kön\"\n"
            "subkey_spaces.px:17: CODES(\"region \"): the variable name \"region \" has white space before or after "
            "it; read as \"region\"\n"
            "subkey_spaces.px:18: CODES(\" kön\"): the variable name \" kön\" has white space before or after it; "
            "read as \"kön\"\n"
            "subkey_spaces.px:19: TIMEVAL(\" år \"): the variable name \" år \" has white space before or after it; "
            "read as \"år\"\n"
            "subkey_spaces.px:20: ELIMINATION(\"kön \"): the variable name \"kön \" has white space before or after "
            "it; read as \"kön\"\n"
            "subkey_spaces.px:21: NOTE(\"region  \"): the variable name \"region  \" has white space before or after "
            "it; read as \"region\"\n");
}

TEST(PxReader, TrimmedSubKeyAndExactSubKeyAreTheSameStatement) {
  // VALUES("region ") after VALUES("region") is a repetition: the first wins.
  std::string text = table(kHead, "1 2\n3 4\n5 6;\n", "VALUES(\"region \")=\"a\",\"b\",\"c\";\n");
  auto r = read(text);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->dimensions[0].categories[0].label, "Örebro län");
  EXPECT_EQ(warnings_of(*r),
            "t.px:16: VALUES(\"region \"): the variable name \"region \" has white space before or after it; read as "
            "\"region\"\n"
            "t.px:16: VALUES(\"region\") is given again (first on line 12); the first is used\n");
}
