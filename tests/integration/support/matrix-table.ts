// The authorisation matrix's expected table (issue 10 §1), read by tests/integration/authorization-matrix.test.ts.
// One row per endpoint found in app/: every page, every route handler method, every exported server action.
// A row names the identities that get past authorisation; everyone else must be refused (a redirect to a login
// page, a home page or the password form, not found, or 401/403/404; for an action the refusal message).
// Adding an endpoint = adding one line here; the test's failure message prints the line to add.

/** The ten callers, in the order the test prints them. */
export const IDENTITIES = [
  "anonymous",
  "enterpriseA",
  "enterpriseB",
  "unapproved", // an enterprise whose registration is 待审核
  "tempPassword", // an approved enterprise account with a pending temporary password
  "holderA", // a holder whose certificate is with enterprise A
  "holderB",
  "reviewer",
  "assessor",
  "admin",
] as const;
export type Identity = (typeof IDENTITIES)[number];

/** The parties whose data carries a marker string (enterprise names, holder names). */
export type Party = "enterpriseA" | "enterpriseB" | "unapproved" | "tempPassword" | "holderA" | "holderB";

/** Ids of the seeded rows, for dynamic segments: all of them belong to enterprise A or its holder. */
export interface MatrixSeed {
  enterpriseA: string;
  /** holder A's certificate with enterprise A: no open application, in its renewal window, printing a former name */
  certificateA: string;
  licenseFileA: string;
  renewalA: string;
  unitInfoChangeA: string;
  cancellationA: string;
  nameChangeA: string;
  /** 调入 to enterprise A filed by holder A, awaiting the unit */
  transferToDecideA: string;
  transferToWithdrawA: string;
  reviewerAccount: string;
  /** a 首次核发 import in preview, uploaded by the assessor */
  certificateImport: string;
  department: string;
}

type Params = (s: MatrixSeed) => Record<string, string>;

export interface MatrixRow {
  allow: readonly Identity[];
  /** values of the dynamic segments ([id], [kind]…) */
  params?: Params;
  /** parties whose marker the endpoint shows to whoever it allows (a public certificate check) */
  shows?: readonly Party[];
  /** an action's form fields (otherwise an empty form): another party's ids must come back "not found" */
  form?: (s: MatrixSeed) => Record<string, string>;
}

const row = (allow: readonly Identity[], params?: Params, shows?: readonly Party[]): MatrixRow => ({
  allow,
  params,
  shows,
});

/** An action posted with a form naming enterprise A's (or holder A's) rows. */
const posting = (allow: readonly Identity[], form: (s: MatrixSeed) => Record<string, string>): MatrixRow => ({
  allow,
  form,
});
const cancelling = (pick: (s: MatrixSeed) => string) =>
  posting(["enterpriseA"], (s) => ({ applicationId: pick(s), version: "0" }));

const ANYONE = IDENTITIES;
const NOBODY: Identity[] = [];
/** anyone signed in, whatever their state */
const SIGNED_IN = IDENTITIES.filter((i) => i !== "anonymous");
/** signed in and not held at the password form */
const SIGNED_IN_ACTIVE = SIGNED_IN.filter((i) => i !== "tempPassword");
const UNITS: Identity[] = ["enterpriseA", "enterpriseB"];
const UNIT_A: Identity[] = ["enterpriseA"];
const ANY_UNIT: Identity[] = ["enterpriseA", "enterpriseB", "unapproved"];
const HOLDERS: Identity[] = ["holderA", "holderB"];
const HOLDER_A: Identity[] = ["holderA"];
const STAFF: Identity[] = ["reviewer", "assessor", "admin"];
const DECIDERS: Identity[] = ["reviewer", "assessor"];
const REVIEWER: Identity[] = ["reviewer"];
const ASSESSOR: Identity[] = ["assessor"];
const ADMIN: Identity[] = ["admin"];

const id =
  (pick: (s: MatrixSeed) => string): Params =>
  (s) => ({ id: pick(s) });
const certificateId: Params = (s) => ({ certificateId: s.certificateA });

export const MATRIX: Record<string, MatrixRow> = {
  // Pages (the layouts above a page run first, as in Next)
  "app/(public)/forgot-password/page.tsx": row(ANYONE),
  "app/(public)/login/second-factor/page.tsx": row(ANYONE),
  "app/(public)/forms/verify/page.tsx": row(ANYONE),
  "app/(public)/login/[portal]/page.tsx": row(ANYONE, () => ({ portal: "enterprise" })),
  "app/(public)/page.tsx": row(ANYONE),
  "app/(public)/register/page.tsx": row(ANYONE),
  "app/(public)/register/person/page.tsx": row(ANYONE),
  "app/(public)/register/person/success/page.tsx": row(ANYONE),
  "app/(public)/register/success/page.tsx": row(ANYONE),
  "app/(public)/verify/[id]/page.tsx": row(
    ANYONE,
    id((s) => s.certificateA),
    ["holderA", "enterpriseA"],
  ),
  "app/(public)/verify/page.tsx": row(ANYONE),
  "app/account/password/page.tsx": row(SIGNED_IN),
  "app/account/second-factor/page.tsx": row(STAFF),
  "app/dev/mailbox/page.tsx": row(NOBODY), // the test turns DEV_MAILBOX off: not found for everyone
  "app/enterprise/(workspace)/applications/cancellation/[id]/page.tsx": row(
    UNIT_A,
    id((s) => s.cancellationA),
  ),
  "app/enterprise/(workspace)/applications/cancellation/new/[certificateId]/page.tsx": row(UNIT_A, certificateId),
  "app/enterprise/(workspace)/applications/cancellation/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/applications/change/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/applications/change/transfers/[direction]/page.tsx": row(UNITS, () => ({
    direction: "out",
  })),
  "app/enterprise/(workspace)/applications/change/unit-info/[id]/page.tsx": row(
    UNIT_A,
    id((s) => s.unitInfoChangeA),
  ),
  "app/enterprise/(workspace)/applications/change/unit-info/batch/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/applications/change/unit-info/new/[certificateId]/page.tsx": row(UNIT_A, certificateId),
  "app/enterprise/(workspace)/applications/change/unit-info/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/applications/renewal/[id]/page.tsx": row(
    UNIT_A,
    id((s) => s.renewalA),
  ),
  "app/enterprise/(workspace)/applications/renewal/new/[certificateId]/page.tsx": row(UNIT_A, certificateId),
  "app/enterprise/(workspace)/applications/renewal/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/certificates/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/bindings/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/info/changes/[id]/page.tsx": row(
    UNIT_A,
    id((s) => s.nameChangeA),
  ),
  "app/enterprise/(workspace)/info/edit/page.tsx": row(UNITS),
  "app/enterprise/(workspace)/info/page.tsx": row(UNITS),
  "app/enterprise/page.tsx": row(ANY_UNIT), // approved units are sent on to /enterprise/info
  "app/enterprise/registration/edit/page.tsx": row(["unapproved"]), // only a rejected registration is corrected
  "app/notifications/page.tsx": row(SIGNED_IN_ACTIVE),
  "app/person/applications/page.tsx": row(HOLDERS),
  "app/person/cancellation/[certificateId]/page.tsx": row(HOLDER_A, certificateId),
  "app/person/certificates/page.tsx": row(HOLDERS),
  "app/person/page.tsx": row(HOLDERS),
  "app/person/transfer/in/[certificateId]/page.tsx": row(HOLDER_A, certificateId),
  "app/person/transfer/out/[certificateId]/page.tsx": row(HOLDER_A, certificateId),
  "app/staff/admin/accounts/[id]/page.tsx": row(
    ADMIN,
    id((s) => s.reviewerAccount),
  ),
  "app/staff/admin/accounts/page.tsx": row(ADMIN),
  "app/staff/admin/departments/[id]/page.tsx": row(
    ADMIN,
    id((s) => s.department),
  ),
  "app/staff/admin/departments/page.tsx": row(ADMIN),
  "app/staff/assessment/page.tsx": row(ASSESSOR),
  "app/staff/audit/page.tsx": row(ADMIN),
  "app/staff/issuance/page.tsx": row(ASSESSOR),
  "app/staff/statistics/page.tsx": row(DECIDERS),
  "app/staff/todo/page.tsx": row(DECIDERS),
  "app/staff/admin/holidays/page.tsx": row(ADMIN),
  "app/staff/issuance/imports/[id]/page.tsx": row(ASSESSOR, (s) => ({ id: s.certificateImport })),
  "app/staff/certificates/[id]/page.tsx": row(
    DECIDERS,
    id((s) => s.certificateA),
  ),
  "app/staff/certificates/page.tsx": row(DECIDERS),
  "app/staff/enterprises/[id]/page.tsx": row(
    REVIEWER,
    id((s) => s.enterpriseA),
  ),
  "app/staff/enterprises/page.tsx": row(REVIEWER),
  "app/staff/bindings/page.tsx": row(REVIEWER),
  "app/staff/page.tsx": row(STAFF),
  // 延续 is decided by the 审核部门 alone
  "app/staff/review/[kind]/[id]/page.tsx": row(REVIEWER, (s) => ({ kind: "renewal", id: s.renewalA })),
  "app/staff/review/[kind]/page.tsx": row(REVIEWER, () => ({ kind: "renewal" })),

  // Route handlers, one row per exported method
  "GET app/api/session/route.ts": row(SIGNED_IN),
  "POST app/api/session/route.ts": row(SIGNED_IN),
  "GET app/api/health/route.ts": row(ANYONE),
  "GET app/enterprise/(workspace)/applications/change/unit-info/form/[certificateId]/route.ts": row(
    UNIT_A,
    certificateId,
  ),
  "GET app/enterprise/(workspace)/applications/renewal/form/[certificateId]/route.ts": row(UNIT_A, certificateId),
  "GET app/enterprise/(workspace)/certificates/[id]/pdf/route.ts": row(
    UNIT_A,
    id((s) => s.certificateA),
  ),
  "GET app/enterprise/(workspace)/certificates/export/route.ts": row(UNITS),
  "GET app/files/[id]/route.ts": row(
    ["enterpriseA", ...DECIDERS],
    id((s) => s.licenseFileA),
  ),
  "GET app/person/certificates/[id]/pdf/route.ts": row(
    HOLDER_A,
    id((s) => s.certificateA),
  ),
  "GET app/staff/audit/export/route.ts": row(ADMIN),
  "GET app/staff/issuance/template/route.ts": row(ASSESSOR),
  "GET app/staff/statistics/export/route.ts": row(DECIDERS),

  // Server actions, called as a form would call them. An empty form: allowed = past the caller check (the form
  // then fails validation). A form with A's ids (posting/cancelling): allowed = past the ownership check too.
  "app/(public)/forgot-password/actions.ts#sendResetCodeAction": row(ANYONE),
  "app/(public)/forgot-password/actions.ts#resetPasswordAction": row(ANYONE),
  "app/(public)/login/[portal]/actions.ts#loginAction": row(ANYONE),
  "app/(public)/login/second-factor/actions.ts#secondFactorLoginAction": row(ANYONE),
  "app/(public)/register/actions.ts#sendRegistrationCodeAction": row(ANYONE),
  "app/(public)/register/actions.ts#registerAction": row(ANYONE),
  "app/(public)/register/person/actions.ts#registerPersonAction": row(ANYONE),
  "app/(public)/verify/actions.ts#verifyCertificateAction": row(ANYONE),
  "app/account/password/actions.ts#changePasswordAction": row(SIGNED_IN),
  "app/account/second-factor/actions.ts#enrolSecondFactorAction": row(STAFF),
  "app/actions/session.ts#logoutAction": row(ANYONE), // ends the caller's own session, if any
  "app/enterprise/(workspace)/applications/cancellation/actions.ts#submitUnitCancellationAction": row(UNITS),
  "app/enterprise/(workspace)/applications/cancellation/actions.ts#cancelUnitCancellationAction": cancelling(
    (s) => s.cancellationA,
  ),
  "app/enterprise/(workspace)/applications/change/transfers/actions.ts#unitDecideAction": posting(UNIT_A, (s) => ({
    applicationId: s.transferToDecideA,
    version: "0",
    kind: "TRANSFER_IN",
    decision: "unitReject",
    opinion: "不同意",
  })),
  "app/enterprise/(workspace)/applications/change/transfers/actions.ts#unitBatchApproveAction": row(UNITS),
  "app/enterprise/(workspace)/applications/change/unit-info/actions.ts#submitUnitInfoChangeAction": row(UNITS),
  "app/enterprise/(workspace)/applications/change/unit-info/actions.ts#batchUnitInfoChangeAction": row(UNITS),
  "app/enterprise/(workspace)/applications/change/unit-info/actions.ts#resubmitUnitInfoChangeAction": row(UNITS),
  "app/enterprise/(workspace)/applications/change/unit-info/actions.ts#cancelUnitInfoChangeAction": cancelling(
    (s) => s.unitInfoChangeA,
  ),
  "app/enterprise/(workspace)/applications/renewal/actions.ts#submitRenewalAction": row(UNITS),
  "app/enterprise/(workspace)/applications/renewal/actions.ts#resubmitRenewalAction": row(UNITS),
  "app/enterprise/(workspace)/applications/renewal/actions.ts#cancelRenewalAction": cancelling((s) => s.renewalA),
  "app/enterprise/(workspace)/info/changes/[id]/actions.ts#resubmitNameChangeAction": row(UNITS),
  "app/enterprise/(workspace)/info/changes/[id]/actions.ts#resubmitQualificationChangeAction": row(UNITS),
  "app/enterprise/(workspace)/info/edit/actions.ts#editEnterpriseAction": row(UNITS),
  "app/enterprise/(workspace)/info/edit/actions.ts#requestEmailChangeAction": row(UNITS),
  "app/enterprise/(workspace)/info/edit/actions.ts#confirmEmailChangeAction": row(UNITS),
  "app/enterprise/registration/edit/actions.ts#resubmitRegistrationAction": row(ANY_UNIT),
  "app/notifications/actions.ts#markReadAction": row(SIGNED_IN_ACTIVE),
  "app/person/applications/actions.ts#withdrawTransferAction": posting(HOLDER_A, (s) => ({
    applicationId: s.transferToWithdrawA,
    version: "0",
  })),
  "app/person/cancellation/[certificateId]/actions.ts#submitCancellationAction": row(HOLDERS),
  "app/person/cancellation/[certificateId]/actions.ts#cancelCancellationAction": row(HOLDERS),
  "app/person/transfer/in/[certificateId]/actions.ts#findUnitAction": row(HOLDERS),
  "app/person/certificates/actions.ts#requestBindingAction": row(HOLDERS),
  "app/enterprise/(workspace)/bindings/actions.ts#decideBindingAction": row(UNITS),
  "app/person/transfer/in/[certificateId]/actions.ts#submitTransferInAction": row(HOLDERS),
  "app/person/transfer/out/[certificateId]/actions.ts#submitTransferOutAction": posting(HOLDER_A, (s) => ({
    certificateId: s.certificateA,
    reason: "因工作调动离开原单位",
  })),
  "app/staff/admin/accounts/actions.ts#createStaffAccountAction": row(ADMIN),
  "app/staff/admin/accounts/actions.ts#updateStaffAccountAction": row(ADMIN),
  "app/staff/admin/accounts/actions.ts#disableStaffAccountAction": row(ADMIN),
  "app/staff/admin/accounts/actions.ts#enableStaffAccountAction": row(ADMIN),
  "app/staff/admin/accounts/actions.ts#resetStaffPasswordAction": row(ADMIN),
  "app/staff/admin/accounts/actions.ts#resetSecondFactorAction": row(ADMIN),
  "app/staff/admin/holidays/actions.ts#enterHolidayYearAction": row(ADMIN),
  "app/staff/admin/holidays/actions.ts#setTimeLimitsAction": row(ADMIN),
  "app/staff/issuance/actions.ts#issueCertificateAction": row(ASSESSOR),
  "app/staff/issuance/actions.ts#previewImportAction": row(ASSESSOR),
  "app/staff/issuance/actions.ts#confirmImportAction": row(ASSESSOR),
  "app/staff/admin/departments/actions.ts#createDepartmentAction": row(ADMIN),
  "app/staff/admin/departments/actions.ts#updateDepartmentAction": row(ADMIN),
  "app/staff/certificates/[id]/actions.ts#revokeCertificateAction": row(ASSESSOR),
  "app/staff/enterprises/[id]/actions.ts#resetEnterprisePasswordAction": row(REVIEWER),
  "app/staff/review/actions.ts#decideAction": row(DECIDERS),
  "app/staff/review/actions.ts#batchDecideAction": row(DECIDERS),
  "app/staff/bindings/actions.ts#decideBindingAction": row(REVIEWER),
  "app/staff/bindings/actions.ts#undoBindingAction": row(REVIEWER),
};
