import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, Title, useAuthenticated, useRequireAccess, useTranslate } from 'react-admin';
import { formatTimestamp } from '../common/format';
import { useCan } from '../providers/useCan';
import type { OperatorSettings } from '../types';
import { fieldLabel, missingForDocuments } from './settingsSections';
import { SettingsForm } from './SettingsForm';
import { SettingsView } from './SettingsView';
import { useSettings } from './useSettings';

/**
 * «Реквизиты оператора»: the administrator edits them; any other role that opens the address reads them. What
 * replies and acts still lack is said above the form, as the server refuses to print them until it is filled in.
 */
export const SettingsPage = () => {
  useAuthenticated();
  useRequireAccess({ resource: 'settings', action: 'show' });
  const translate = useTranslate();
  const { canAccess: canShow } = useCan('settings.show');
  const { canAccess: canEdit, isPending: checking } = useCan('settings.edit');
  const { data, error, isPending } = useSettings(canShow === true);

  return (
    <Box sx={{ mt: 2, mb: 4, maxWidth: 960 }}>
      <Title title="pd.settings.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('pd.settings.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('pd.settings.help')}
          </Typography>
          {error ? (
            <Alert severity="error">{translate('pd.settings.failed')}</Alert>
          ) : checking || isPending || !data ? (
            <Loading />
          ) : (
            <>
              <SettingsStatus settings={data} />
              {canEdit ? <SettingsForm settings={data} /> : <SettingsView settings={data} />}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

/** What the documents still lack, and who changed the details last. */
const SettingsStatus = ({ settings }: { settings: OperatorSettings }) => {
  const translate = useTranslate();
  const missing = missingForDocuments(settings);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, mb: 2 }}>
      {missing.length > 0 && (
        <Alert severity="warning" data-testid="settings-incomplete">
          {translate('pd.settings.incomplete', {
            fields: missing.map((field) => translate(fieldLabel(field))).join('», «'),
          })}
        </Alert>
      )}
      <Typography variant="caption" color="text.secondary" data-testid="settings-updated">
        {settings.updated_at
          ? translate('pd.settings.updated', { at: formatTimestamp(settings.updated_at), by: settings.updated_by })
          : translate('pd.settings.never_updated')}
      </Typography>
    </Box>
  );
};
