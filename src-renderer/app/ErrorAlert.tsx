// An inline alert for a failed call where the user was looking, with an
// optional "Try again"; never an empty screen.

import { describeError } from '../api/call-error.ts';
import './error-alert.css';

interface ErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ title, error, onRetry }: ErrorAlertProps) {
  return (
    <div className="error-alert" role="alert">
      <div>
        <p className="error-alert__title">{title}</p>
        <p className="error-alert__message">{describeError(error)}</p>
      </div>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
