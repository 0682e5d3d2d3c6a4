import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { AuditFlagDetail } from '../types';

/** «Рассмотреть»: marks the flag reviewed with the officer's comment (required), once. */
export const ReviewFlagButton = () => {
  const flag = useRecordContext<AuditFlagDetail & { id: number }>();
  const { canAccess } = useCan('audit-flags.review');
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, comment: string) => dataProvider.reviewAuditFlag(flag!.id, comment),
    invalidate: ['audit-flags', 'audit-log'],
    onSuccess: () => setOpen(false),
    successMessage: (reviewed) => ({
      message: 'resources.audit-flags.notifications.reviewed',
      messageArgs: { id: reviewed.id },
    }),
  });
  if (!flag || flag.reviewed || !canAccess) return null;
  return (
    <>
      <Button label="resources.audit-flags.actions.review" onClick={() => setOpen(true)}>
        <TaskAltIcon />
      </Button>
      <ReasonDialog
        open={open}
        title={translate('resources.audit-flags.review_dialog.title', { id: flag.id })}
        text={translate('resources.audit-flags.review_dialog.text')}
        reasonLabel="resources.audit-flags.review_dialog.comment"
        confirmLabel="resources.audit-flags.review_dialog.confirm"
        loading={isPending}
        onConfirm={(comment) => run(comment)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
