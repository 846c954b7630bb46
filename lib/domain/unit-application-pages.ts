import type { ApplicationKind } from "./application-kinds";

/**
 * Where the unit files each kind it files for one holder's certificate: the list page (its URL, title
 * and the tab where one applies) and, for a page below 【变更申请】, that menu page. The list, the
 * new-application and detail pages (their 【返回…】 link) and the actions (where they land) all read it.
 */
export const UNIT_APPLICATION_PAGES = {
  UNIT_INFO_CHANGE: {
    list: "/enterprise/applications/change/unit-info",
    title: "单位信息变更",
    applyLabel: "变更申请",
    parent: { href: "/enterprise/applications/change", label: "变更申请" },
  },
  RENEWAL: { list: "/enterprise/applications/renewal", title: "延续申请", applyLabel: "延续申请", parent: null },
  CERTIFICATE_CANCELLATION: {
    list: "/enterprise/applications/cancellation",
    title: "注销申请",
    applyLabel: "注销申请",
    parent: null,
  },
} as const satisfies Partial<Record<ApplicationKind, UnitApplicationPage>>;

export interface UnitApplicationPage {
  list: string;
  title: string;
  applyLabel: string;
  /** the menu page above the list; null: the list hangs from 申请业务 */
  parent: { href: string; label: string } | null;
}

export type UnitCertificateKind = keyof typeof UNIT_APPLICATION_PAGES;
