#pragma once
// Reader of Kolada key figures saved as Gapminder DDF CSV (the
// open-numbers/ddf--kolada--dump layout): one file per KPI and layout,
// "geo,gender,year,<kpi>" (values for women and men, gender k/m) or
// "geo,year,<kpi>" (the total). What is read, and every error message:
// docs/formats/kolada.md ("DDF CSV"). Bytes in, stats::Dataset out.
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"

namespace jamt::formats {

// One DDF file of a KPI.
struct KoladaDdfFile {
  std::string name{};        // named in messages ("kolada-N00957-ohalsotal-kon.csv:14: …")
  std::string_view bytes{};  // UTF-8 CSV; must outlive the call
  // For a "geo,year,<kpi>" file: the gender its values are of — "T" (the
  // total, the default), or "K"/"M" for a KPI Kolada publishes per sex as
  // two KPIs (N00925 life expectancy of women, N00923 of men).
  std::string gender = "T";
  // The value column's name when it differs from KoladaDdfOptions::value_column
  // (two one-sex KPIs read as one measure); empty: that column.
  std::string own_value_column{};
};

// What the dataset is called; the files do not say.
struct KoladaDdfOptions {
  std::string id{};        // dataset id, e.g. "N00957"
  std::string value_column{};   // the value column of every file, e.g. "n00957"
  std::string title{};     // e.g. "Ohälsotal, dagar (Kolada N00957)"
  std::string unit{};      // e.g. "dagar"
  std::string source{};    // e.g. "Kolada (RKA)"
  int decimals = 1;
};

// Reads the DDF files of one KPI into one cube with the dimensions geo
// (role geo; Kolada's codes as written: "0" Riket, "08" a county, "0880" a
// municipality, in order of first appearance), gender (K Kvinnor, M Män,
// T Totalt, those present, in that order) and year (role time, sorted).
// Values are numbers with a decimal point; a combination without a row gets
// status ".." (with one warning). Lines may end in CRLF.
//
// On failure the Error's `where` is "file:LINE" and its message names the
// column and the text, e.g. "column \"gender\": \"x\" is not a Kolada DDF
// gender (k or m)", "column \"n00957\": \"4,5\" is not a number", a header
// that is not "geo,[gender,]year,<value column>", or a duplicate row naming the
// line of the first. Thread-safe; keeps no state.
Result<stats::Dataset> read_kolada_ddf(const std::vector<KoladaDdfFile>& files, const KoladaDdfOptions& options);

}  // namespace jamt::formats
