import { Button, Group, Modal, Text, type MantineColor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface ConfirmActionButtonProps {
  /** Visible text of the button. */
  label: string;
  /** What a screen reader hears: the label plus which row it acts on. */
  accessibleLabel: string;
  title: string;
  message: string;
  confirmLabel: string;
  color?: MantineColor;
  loading?: boolean;
  onConfirm: () => Promise<unknown>;
}

/** A button whose action runs only after the user confirms it in a dialog. */
export function ConfirmActionButton({
  label,
  accessibleLabel,
  title,
  message,
  confirmLabel,
  color,
  loading,
  onConfirm,
}: ConfirmActionButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const confirm = () => {
    // The caller reports failures; the dialog closes either way so the row shows the current state.
    void onConfirm().finally(close);
  };
  return (
    <>
      <Button size="xs" variant="default" color={color} aria-label={accessibleLabel} onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text>{message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
