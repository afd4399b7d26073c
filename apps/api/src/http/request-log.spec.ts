import { loggedRequest, loggedResponse } from './request-log';

describe('request log line', () => {
  it('keeps a few headers only, and no secret', () => {
    const line = loggedRequest({
      id: 'r1',
      method: 'GET',
      url: '/reset-password?token=secret&x=1',
      remoteAddress: '127.0.0.1',
      headers: {
        'user-agent': 'curl/8',
        cookie: 'srt_session=secret',
        authorization: 'Bearer secret',
        referer: 'https://example.org/reset-password?token=secret',
        accept: '*/*',
      },
    });
    expect(line).toEqual({
      id: 'r1',
      method: 'GET',
      url: '/reset-password?token=[redacted]&x=1',
      remoteAddress: '127.0.0.1',
      headers: { 'user-agent': 'curl/8' },
    });
    expect(JSON.stringify(line)).not.toContain('secret');
  });

  it('keeps the status and the content headers of the answer, not its cookies', () => {
    const headers = { 'content-type': 'application/json', 'set-cookie': 'srt_session=secret', etag: 'x' };
    expect(loggedResponse({ statusCode: 200, headers })).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
});
