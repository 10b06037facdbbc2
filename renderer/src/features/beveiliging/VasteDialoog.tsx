import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A dialog that only its own button closes: no close cross, no Escape, no click beside it. For the
 * steps that must not be skipped (noting the recovery code, choosing a new passphrase). Its header
 * is a div for the same reason as in `Dialoog`.
 */
export function VasteDialoog({
  opened,
  title,
  children,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
}) {
  return (
    <Modal.Root opened={opened} onClose={() => {}} closeOnEscape={false} closeOnClickOutside={false} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header {...{ component: 'div' }}>
          <Modal.Title fw={700}>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
