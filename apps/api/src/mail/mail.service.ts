import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { DatabaseClient } from '../database/prisma.service';
import { OutboxRepository } from './outbox.repository';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * The one way the app sends email. Every message is written to the outbox inside the caller's
 * transaction (so a rolled-back change sends nothing); `deliver` then sends it over SMTP when
 * SMTP_URL is set; when it is not, the message stays in the outbox table, where development and
 * tests read it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  enqueue(message: MailMessage, client?: DatabaseClient): Promise<string> {
    return this.outbox.add(message, client);
  }

  /** Call after the transaction that enqueued the messages has committed. */
  async deliver(ids: string[]): Promise<void> {
    for (const id of ids) {
      const message = await this.outbox.find(id);
      if (!message || message.sentAt) continue;
      if (!this.transport) {
        // Its text carries a secret link: the log says where to read it, never what it says.
        this.logger.log(
          { outboxId: id, to: message.to, subject: message.subject },
          'email stored in the outbox table (SMTP_URL not set)',
        );
        continue;
      }
      try {
        await this.transport.sendMail({
          from: this.config.MAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
        await this.outbox.markSent(id);
      } catch (error) {
        this.logger.error({ err: error, outboxId: id }, 'email could not be sent; it stays in the outbox');
      }
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
