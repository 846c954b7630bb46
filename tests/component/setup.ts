import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

// jsdom's form reset leaves file inputs as they are; the HTML spec (and every browser) empties their
// selected files. React resets a form with form.reset() after an action submitted through the form's
// action attribute, so without this a test could not see a chosen file being lost.
const reset = HTMLFormElement.prototype.reset;
HTMLFormElement.prototype.reset = function (this: HTMLFormElement) {
  reset.call(this);
  for (const element of Array.from(this.elements)) {
    if (element instanceof HTMLInputElement && element.type === "file") element.value = "";
  }
};
