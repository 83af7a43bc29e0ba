// One file per part of the site, so each can be translated and reviewed on its own. Spanish
// must have every English key (checked by tests/unit/i18n.test.ts and by the type below).
import en_common from "./en/common.json";
import en_error from "./en/error.json";
import en_home from "./en/home.json";
import en_search from "./en/search.json";
import en_facility from "./en/facility.json";
import en_score from "./en/score.json";
import en_compare from "./en/compare.json";
import en_report from "./en/report.json";
import en_stats from "./en/stats.json";
import es_common from "./es/common.json";
import es_error from "./es/error.json";
import es_home from "./es/home.json";
import es_search from "./es/search.json";
import es_facility from "./es/facility.json";
import es_score from "./es/score.json";
import es_compare from "./es/compare.json";
import es_report from "./es/report.json";
import es_stats from "./es/stats.json";

const en = {
  common: en_common,
  error: en_error,
  home: en_home,
  search: en_search,
  facility: en_facility,
  score: en_score,
  compare: en_compare,
  report: en_report,
  stats: en_stats,
};

export type Messages = typeof en;

const es: Messages = {
  common: es_common,
  error: es_error,
  home: es_home,
  search: es_search,
  facility: es_facility,
  score: es_score,
  compare: es_compare,
  report: es_report,
  stats: es_stats,
};

export const messages = { en, es };
