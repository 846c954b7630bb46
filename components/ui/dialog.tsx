"use client";

import { cloneElement, lazy, Suspense, useState, type ComponentProps, type ReactElement } from "react";

const loadContent = () => import("./dialog-content");
const DialogContent = lazy(loadContent);

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** the button that opens it */
  trigger?: ReactElement<ComponentProps<"button">>;
  children: React.ReactNode;
}

/**
 * A modal dialog with a title, closable with Esc or the × button. The page renders only its button;
 * the dialog's code (Radix, dialog-content.tsx) is fetched when the pointer or focus reaches the button
 * and rendered from the first opening on.
 */
export function Dialog({ open, onOpenChange, title, trigger, children }: DialogProps) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const [openedBy, setOpenedBy] = useState<HTMLButtonElement | null>(null);
  return (
    <>
      {trigger &&
        cloneElement(trigger, {
          "aria-haspopup": "dialog",
          "aria-expanded": open,
          onPointerEnter: () => void loadContent(),
          onFocus: () => void loadContent(),
          onClick: (event) => {
            setOpenedBy(event.currentTarget);
            trigger.props.onClick?.(event);
            onOpenChange(true);
          },
        })}
      {opened && (
        <Suspense fallback={null}>
          <DialogContent open={open} onOpenChange={onOpenChange} title={title} returnFocus={() => openedBy?.focus()}>
            {children}
          </DialogContent>
        </Suspense>
      )}
    </>
  );
}
