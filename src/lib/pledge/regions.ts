// One list for both sides: the server embeds the same file to check the codes it is sent.
import regionsData from '../../../pocketbase/internal/pledge/regions.json';
import type { Locale } from '../locale';

/**
 * China's provinces and their cities (GB/T 2260 codes, names in both languages), for the
 * pledge form's and a teacher's optional region and for naming regions in the live count. The
 * server checks the codes it is sent against this same list (pocketbase/internal/pledge/
 * regions.go): a pledge's province must be on it and its city, if any, one of that province's;
 * a teacher's region any province or city on it.
 */
export interface Region {
  code: string;
  name: string;
}

export interface Province extends Region {
  cities: Region[];
}

/** Every province with its cities, named in one locale. */
export function provincesIn(locale: Locale): Province[] {
  const key = locale === 'en' ? 'en' : 'zh';
  return regionsData.provinces.map((province) => ({
    code: province.code,
    name: province[key],
    cities: province.cities.map((city) => ({ code: city.code, name: city[key] })),
  }));
}

/** Every region's name by code (provinces and cities), in one locale. */
export function regionNames(locale: Locale): Record<string, string> {
  const names: Record<string, string> = {};
  for (const province of provincesIn(locale)) {
    names[province.code] = province.name;
    for (const city of province.cities) names[city.code] = city.name;
  }
  return names;
}

/** Where the list comes from, for the page's sources. */
export const regionsSource = regionsData.source;
