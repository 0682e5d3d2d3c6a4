import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { Destruction } from '../types';

/** The plan as decided: each category, destroy or retain, and for a retained one its basis and term. */
export const DestructionPlanTable = () => {
  const destruction = useRecordContext<Destruction>();
  const translate = useTranslate();
  if (!destruction) return null;
  const t = (key: string) => translate(`resources.destructions.plan.${key}`);
  return (
    <Table size="small" aria-label={t('table')} sx={{ tableLayout: 'fixed', width: '100%' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '34%' }}>{t('category')}</TableCell>
          <TableCell sx={{ width: 130 }}>{t('action')}</TableCell>
          <TableCell>{t('legal_basis')}</TableCell>
          <TableCell sx={{ width: 110 }}>{t('retain_until')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {destruction.plan.map((item) => (
          <TableRow key={item.category}>
            <TableCell>{translate(`resources.destructions.category.${item.category}`)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                variant={item.action === 'retain' ? 'filled' : 'outlined'}
                color={item.action === 'retain' ? 'info' : 'default'}
                label={translate(`resources.destructions.action.${item.action}`)}
              />
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              <Typography variant="body2">{item.legal_basis ?? translate('pd.common.empty')}</Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {item.retain_until ? formatDate(item.retain_until) : translate('pd.common.empty')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
