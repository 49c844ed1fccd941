import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { toAppError, type AppError } from '../api/appError';
import { refreshSession } from '../api/refreshSession';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { signIn } from '../auth/sessionStore';
import { useSession } from '../auth/useSession';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { BackToJourney } from '../companies/BackToJourney';
import { useJourneyActivity } from '../companies/useJourneyActivity';
import { usePageTitle } from '../i18n/usePageTitle';
import {
  MY_IDENTITY_VERIFICATION,
  MY_IDENTITY_VERIFICATION_CHANGED,
  START_EID_VERIFICATION,
  START_VIDEO_IDENTIFICATION,
} from './operations';
import { companyIdFrom, companyIdInPath, safeReturnPath } from './returnPath';
import { VerifiedIdentityDetails } from './VerifiedIdentityDetails';
import { IdentificationPathHint } from './IdentificationPathHint';
import { InPersonIdentificationCard } from './InPersonIdentificationCard';

const EID_RESULTS = [
  'verified',
  'cancelled',
  'refused',
  'expired',
  'invalid_state',
  'already_used',
  'verification_failed',
  'level_too_low',
  'incomplete_data',
  'identity_mismatch',
  'identity_in_use',
  'unavailable',
] as const;
type EidResult = (typeof EID_RESULTS)[number];

/** While live updates are down and a decision is awaited: read again this often. */
const FALLBACK_POLL_MS = 3000;

/** This page again, with what leads back to the journey (the video partner returns here). */
function identityPagePath(companyId: string | null, returnTo: string | null): string {
  if (companyId) return `/identity?companyId=${companyId}`;
  return returnTo ? `/identity?returnTo=${encodeURIComponent(returnTo)}` : '/identity';
}

/** Counts the time on this page for the onboarding journey (before the company exists: kept in the browser). */
function JourneyActivity({ companyId }: { companyId: string | null }) {
  useJourneyActivity(companyId);
  return null;
}

/** The account's identity: level of assurance, verified data, and the ways to raise it (eID, video identification). */
export function IdentityPage() {
  const { t } = useTranslation('identity-verification');
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const givenReturnTo = safeReturnPath(params.get('returnTo'));
  const companyId = companyIdFrom(params.get('companyId')) ?? companyIdInPath(givenReturnTo);
  const returnTo = givenReturnTo ?? (companyId ? `/company/${companyId}` : null);
  const result = EID_RESULTS.find((candidate) => candidate === params.get('result')) as EidResult | undefined;
  const videoSubmitted = params.get('video') === 'submitted';

  const session = useSession();
  const client = useApolloClient();
  const statusQuery = useQuery(MY_IDENTITY_VERIFICATION, { fetchPolicy: 'cache-and-network' });
  const { data, loading, error } = statusQuery;
  const status = data?.myIdentityVerification;
  const [startEid] = useMutation(START_EID_VERIFICATION);
  const [startVideo] = useMutation(START_VIDEO_IDENTIFICATION);
  const [busy, setBusy] = useState<'eid' | 'video' | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const refreshedFor = useRef<string | null>(null);

  const videoOpen = Boolean(status?.pendingVideoIdentification);
  // A booking in person is decided by staff at the service point: this page shows it when it happens.
  const inPersonOpen = status?.latestInPersonIdentification?.status === 'booked';
  // While a decision is awaited it arrives live; the page polls only while live updates are down.
  useLiveUpdates(
    MY_IDENTITY_VERIFICATION_CHANGED,
    {
      variables: {},
      skip: !(videoOpen || inPersonOpen),
      onData: ({ myIdentityVerificationChanged }) =>
        client.writeQuery({ query: MY_IDENTITY_VERIFICATION, data: { myIdentityVerification: myIdentityVerificationChanged } }),
    },
    statusQuery,
    FALLBACK_POLL_MS,
  );

  // The access token carries the level; once the server's level is higher, get a fresh token.
  const serverLevel = status?.assuranceLevel;
  const tokenLevel = session.status === 'signedIn' ? session.account.assuranceLevel : null;
  useEffect(() => {
    if (!serverLevel || !tokenLevel || serverLevel === tokenLevel || refreshedFor.current === serverLevel) return;
    refreshedFor.current = serverLevel;
    void refreshSession().then((outcome) => {
      if (outcome.kind === 'refreshed') signIn(outcome.payload);
    });
  }, [serverLevel, tokenLevel]);

  const begin = async (method: 'eid' | 'video') => {
    setBusy(method);
    setActionError(null);
    try {
      const url =
        method === 'eid'
          ? (await startEid({ variables: { input: { returnTo } } })).data?.startEidVerification.authorizationUrl
          : (await startVideo({ variables: { input: { returnTo: identityPagePath(companyId, returnTo) } } })).data?.startVideoIdentification
              .url;
      if (url) window.location.assign(url);
      else setBusy(null);
    } catch (caught) {
      setActionError(toAppError(caught));
      setBusy(null);
    }
  };

  const level = status?.assuranceLevel ?? 'low';
  const latestVideo = status?.latestVideoIdentification;
  const canRaise = level !== 'high';

  return (
    <div className="stack-large narrow">
      {(companyId || returnTo?.startsWith('/company')) && <JourneyActivity companyId={companyId} />}
      {companyId && <BackToJourney companyId={companyId} />}
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('title')}</h1>
        <p className="kern-body">{t('intro')}</p>
      </div>

      {result && (
        <Alert
          variant={result === 'verified' ? 'success' : result === 'cancelled' ? 'info' : 'danger'}
          role={result === 'verified' ? 'status' : 'alert'}
          title={t(`results.${result}.title`)}
          testId="identity-result"
          focusOnShow={result}
        >
          <p className="kern-body" data-result={result}>
            {t(`results.${result}.text`)}
          </p>
        </Alert>
      )}
      {videoSubmitted && videoOpen && (
        <Alert variant="info" role="status" title={t('video.submittedTitle')} testId="video-submitted">
          <p className="kern-body">{t('video.submittedText')}</p>
        </Alert>
      )}
      {error && <ErrorAlert error={toAppError(error)} />}
      {actionError && <ErrorAlert error={actionError} />}
      {loading && !data && <LoadingIndicator />}

      {status && (
        <>
          {status.pendingVideoIdentification && (
            <Alert variant="info" role="status" title={t('video.pendingTitle')} testId="video-pending">
              <p className="kern-body">
                {t(status.pendingVideoIdentification.status === 'in_review' ? 'video.inReview' : 'video.notFinished')}
              </p>
              {status.videoIdentificationUrl && (
                <a className="kern-link" href={status.videoIdentificationUrl} data-testid="video-continue">
                  {t('video.continue')}
                </a>
              )}
            </Alert>
          )}
          {latestVideo?.status === 'rejected' && !status.verifiedIdentity && (
            <Alert variant="danger" role="alert" title={t('video.rejectedTitle')} testId="video-rejected">
              <p className="kern-body">
                {t(latestVideo.rejectionReason === 'identity_mismatch' ? 'video.rejectedMismatch' : 'video.rejectedText')}
              </p>
            </Alert>
          )}
          {latestVideo?.status === 'approved' && videoSubmitted && (
            <Alert variant="success" role="status" title={t('video.approvedTitle')} testId="video-approved">
              <p className="kern-body">{t('video.approvedText')}</p>
            </Alert>
          )}

          <section className="stack" aria-labelledby="identity-level-heading">
            <h2 id="identity-level-heading" className="kern-heading-medium">
              {t('level.heading')}
            </h2>
            <p className="kern-body" data-testid="identity-level" data-level={level}>
              <strong>{t(`level.${level}`)}</strong> — {t(`level.${level}Hint`)}
            </p>
          </section>

          {status.verifiedIdentity ? (
            <VerifiedIdentityDetails identity={status.verifiedIdentity} />
          ) : (
            <p className="kern-body" data-testid="identity-none">
              {t('verified.none')}
            </p>
          )}

          {level !== status.assurancePolicy.signatureCertificate && level !== 'high' && <IdentificationPathHint status={status} />}

          {status.verifiedIdentity && returnTo && (
            <div>
              <Link className="kern-btn kern-btn--primary" to={returnTo} data-testid="identity-continue">
                <span className="kern-label">{t('continue')}</span>
              </Link>
            </div>
          )}

          {!canRaise && status.latestInPersonIdentification?.status === 'confirmed' && (
            <InPersonIdentificationCard status={status} canBook={false} />
          )}
          {canRaise && (
            <section className="stack" aria-labelledby="identity-methods-heading">
              <h2 id="identity-methods-heading" className="kern-heading-medium">
                {t('methods.heading')}
              </h2>
              <div className="kern-card kern-card--surface">
                <div className="kern-card__container stack">
                  <h3 className="kern-title">{t('methods.eidTitle')}</h3>
                  <p className="kern-body">{t('methods.eidText')}</p>
                  <div>
                    <button
                      type="button"
                      className="kern-btn kern-btn--primary"
                      data-testid="eid-start"
                      aria-busy={busy === 'eid' || undefined}
                      disabled={busy !== null}
                      onClick={() => void begin('eid')}
                    >
                      <span className="kern-label">{busy === 'eid' ? t('methods.redirecting') : t('methods.eidButton')}</span>
                    </button>
                  </div>
                </div>
              </div>
              {status.inPersonIdentificationAvailable && <InPersonIdentificationCard status={status} canBook />}
              {status.videoIdentificationAvailable && level === 'low' && !videoOpen && (
                <div className="kern-card kern-card--surface">
                  <div className="kern-card__container stack">
                    <h3 className="kern-title">{t('methods.videoTitle')}</h3>
                    <p className="kern-body">{t('methods.videoText')}</p>
                    <div>
                      <button
                        type="button"
                        className="kern-btn kern-btn--secondary"
                        data-testid="video-start"
                        aria-busy={busy === 'video' || undefined}
                        disabled={busy !== null}
                        onClick={() => void begin('video')}
                      >
                        <span className="kern-label">{busy === 'video' ? t('methods.redirecting') : t('methods.videoButton')}</span>
                      </button>
                    </div>
                  </div>
                </div>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
