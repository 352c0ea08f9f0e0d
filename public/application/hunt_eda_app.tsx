import React from 'react';
import { EuiPageTemplate, EuiText } from '@elastic/eui';
import { i18n } from '@kbn/i18n';
import { PLUGIN_NAME } from '../../common/constants';

/** The app shell. The analysis views are added by later issues. */
export function HuntEdaApp() {
  return (
    <EuiPageTemplate data-test-subj="huntEdaApp">
      <EuiPageTemplate.Header pageTitle={PLUGIN_NAME} />
      <EuiPageTemplate.Section>
        <EuiText>
          <p>
            {i18n.translate('huntEda.app.intro', {
              defaultMessage: 'Exploratory data analysis for threat hunters.',
            })}
          </p>
        </EuiText>
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
