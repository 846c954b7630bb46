import { createRequire } from "node:module";
import { fireEvent } from "@testing-library/react";

// jsdom has no file chooser, and user-event's upload() only shadows the input's `files` property: the
// FormData the form builds stays empty and a form reset would not clear it. This puts the file into
// the input's real FileList instead, as the browser does, so both behave as in a browser.
const { implForWrapper } = createRequire(import.meta.url)("jsdom/lib/generated/idl/utils.js") as {
  implForWrapper: (wrapper: object) => unknown;
};

/** The user picks `files` in the browser's file chooser of `input`. */
export function chooseFiles(input: HTMLElement, ...files: File[]) {
  if (!(input instanceof HTMLInputElement) || input.type !== "file") throw new Error("not a file input");
  const list = implForWrapper(input.files!) as unknown[];
  list.length = 0;
  for (const file of files) {
    const impl = implForWrapper(file);
    if (!impl) throw new Error("the File must come from the jsdom window (the test environment's global File)");
    list.push(impl);
  }
  fireEvent.input(input);
  fireEvent.change(input);
}
