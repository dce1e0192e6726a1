// make bench's comparison for reading JSON-stat (scripts/bench, "convert"
// part): the JSON-stat Toolkit (npm jsonstat-toolkit 2.2.2, the reference
// JavaScript library) reads the same file Jämt reads — the text parsed,
// the dataset opened, every dimension's categories and every cell's value
// and status taken out (Data()), which is what Jämt's read_jsonstat gives.
// Usage: node jsonstat_toolkit_read.mjs FILE.json
// Prints one line: "cells N read_s S".
import { readFileSync } from "node:fs";
import JSONstat from "jsonstat-toolkit";

const started = process.hrtime.bigint();
const text = readFileSync(process.argv[2], "utf8");
const ds = JSONstat(JSON.parse(text)).Dataset(0);
const categories = ds.id.map((id) => ds.Dimension(id).id.length);
const cells = ds.Data();
let numbers = 0;
for (const c of cells) if (c.value !== null) numbers++;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`cells ${cells.length} numbers ${numbers} dimensions ${categories.join("x")} read_s ${seconds.toFixed(3)}`);
