import { notifications } from '@mantine/notifications';
import { describeError } from './errors';

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green' });
}

export function notifyFailure(error: unknown): void {
  notifications.show({ message: describeError(error), color: 'red' });
}
