// The addresses of a workshop that the server hands out: the join address phones open
// (in the QR code), and the facilitator's and projector's links with their token.
export class WorkshopLinks {
  constructor(readonly baseUrl: string) {}

  joinUrl(code: string): string {
    return `${this.baseUrl}/j/${code}`;
  }

  /** The token rides in the fragment, which never reaches a server log. */
  facilitatorUrl(id: string, token: string): string {
    return `${this.baseUrl}/f/${id}#${token}`;
  }

  projectorUrl(id: string, token: string): string {
    return `${this.baseUrl}/p/${id}#${token}`;
  }

  /** A series page: facilitator rights over every meeting of the series. */
  seriesUrl(id: string, token: string): string {
    return `${this.baseUrl}/s/${id}#${token}`;
  }
}
