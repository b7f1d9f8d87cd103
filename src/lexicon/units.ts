/**
 * Units of measure written after an amount, with the unit as the figure reports it.
 *
 *   "2 triệu tấn than" → tấn    "10,61 tỷ m 3 khí" → m3    "1.000m2" → m2    "5ha" → ha
 *   "11,11 tỷ kWh" → kWh       "1.063,1 triệu Sm3" → Sm3   "45 độ C" → độ C
 * Voltages ("500kV") have no unit here: in reports they name a line or a station, not a measure.
 */

/**
 * Written form → unit reported. Matched on the folded key (case-insensitive), longest first.
 * A null unit marks a designation, never a figure: "đường dây 500kV" is neither a measure nor a
 * count (counting reads the written forms of this list as words that are never counted).
 */
export const UNITS: readonly (readonly [string, string | null])[] = [
  // mass
  ["tấn", "tấn"],
  ["kg", "kg"],
  ["ki-lô-gam", "kg"],
  ["kilôgam", "kg"],
  ["tạ", "tạ"],
  ["gram", "g"],
  // length, area, volume
  ["km", "km"],
  ["ki-lô-mét", "km"],
  ["cây số", "km"],
  ["m", "m"],
  ["mét", "m"],
  ["cm", "cm"],
  ["mm", "mm"],
  ["km2", "km2"],
  ["km²", "km2"],
  ["m2", "m2"],
  ["m²", "m2"],
  ["mét vuông", "m2"],
  ["m3", "m3"],
  ["m³", "m3"],
  ["m 3", "m3"],
  ["m 2", "m2"],
  ["mét khối", "m3"],
  ["Sm3", "Sm3"],
  ["ha", "ha"],
  ["héc-ta", "ha"],
  ["hecta", "ha"],
  ["sào", "sào"],
  ["lít", "lít"],
  // energy and power
  ["kWh", "kWh"],
  ["MWh", "MWh"],
  ["GWh", "GWh"],
  ["TWh", "TWh"],
  ["kW", "kW"],
  ["MW", "MW"],
  ["GW", "GW"],
  ["MWp", "MWp"],
  // voltage: names a line or a station
  ["kV", null],
  // temperature
  ["độ C", "độ C"],
  ["°C", "°C"],
];

