/**
 * One WebRTC call with the perfect-negotiation pattern (https://w3c.github.io/webrtc-pc/#perfect-negotiation-example):
 * both sides may start negotiating; the polite side (the booker) gives way when offers collide. Signals
 * go through the server (sendConsultationSignal / consultationSignals); the media go peer to peer.
 */
export type OutgoingSignal = { kind: 'offer' | 'answer' | 'candidate' | 'join' | 'leave' | 'chat'; payload?: string };

export interface PeerCallbacks {
  send: (signal: OutgoingSignal) => void;
  onRemoteStream: (stream: MediaStream | null) => void;
  onConnectionState: (state: RTCPeerConnectionState) => void;
}

declare global {
  interface Window {
    /** Set by browser tests before the page loads: the page then exposes its peer connection as __consultationPeer. */
    __exposeConsultationPeer?: boolean;
    __consultationPeer?: RTCPeerConnection;
  }
}

export class ConsultationPeer {
  private pc: RTCPeerConnection | null = null;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private screenTrack: MediaStreamTrack | null = null;

  constructor(
    private readonly configuration: RTCConfiguration,
    private readonly polite: boolean,
    private readonly local: MediaStream | null,
    private readonly callbacks: PeerCallbacks,
  ) {}

  /** A fresh connection (the other person arrived or came back); the old one is closed. */
  restart(): void {
    this.close();
    const pc = new RTCPeerConnection(this.configuration);
    this.pc = pc;
    if (window.__exposeConsultationPeer) window.__consultationPeer = pc;
    const remote = new MediaStream();
    pc.ontrack = ({ track, streams }) => {
      const stream = streams[0] ?? remote;
      if (!streams[0]) remote.addTrack(track);
      this.callbacks.onRemoteStream(stream);
    };
    pc.onicecandidate = ({ candidate }) => {
      if (candidate) this.callbacks.send({ kind: 'candidate', payload: JSON.stringify(candidate.toJSON()) });
    };
    pc.onconnectionstatechange = () => this.callbacks.onConnectionState(pc.connectionState);
    pc.onnegotiationneeded = async () => {
      try {
        this.makingOffer = true;
        await pc.setLocalDescription();
        if (pc.localDescription) this.callbacks.send({ kind: 'offer', payload: JSON.stringify(pc.localDescription.toJSON()) });
      } catch {
        // A collision or a closed connection: the other side's offer or the next restart settles it.
      } finally {
        this.makingOffer = false;
      }
    };
    if (this.local) {
      for (const track of this.local.getTracks())
        pc.addTrack(this.screenTrack && track.kind === 'video' ? this.screenTrack : track, this.local);
    } else {
      // Without camera and microphone: still receive the other's audio and video.
      pc.addTransceiver('audio', { direction: 'recvonly' });
      pc.addTransceiver('video', { direction: 'recvonly' });
    }
  }

  get active(): boolean {
    return this.pc !== null;
  }

  /** An offer, answer or ICE candidate of the other person. */
  async receive(kind: 'offer' | 'answer' | 'candidate', payload: string): Promise<void> {
    if (!this.pc) this.restart();
    const pc = this.pc!;
    if (kind === 'candidate') {
      const candidate = JSON.parse(payload) as RTCIceCandidateInit;
      if (!pc.remoteDescription) {
        this.pendingCandidates.push(candidate);
        return;
      }
      await pc.addIceCandidate(candidate).catch((error: unknown) => {
        if (!this.ignoreOffer) throw error;
      });
      return;
    }
    const description = JSON.parse(payload) as RTCSessionDescriptionInit;
    const readyForOffer = !this.makingOffer && (pc.signalingState === 'stable' || this.settingRemoteAnswer);
    const collision = description.type === 'offer' && !readyForOffer;
    this.ignoreOffer = !this.polite && collision;
    if (this.ignoreOffer) return;
    this.settingRemoteAnswer = description.type === 'answer';
    await pc.setRemoteDescription(description);
    this.settingRemoteAnswer = false;
    for (const candidate of this.pendingCandidates.splice(0)) await pc.addIceCandidate(candidate).catch(() => undefined);
    if (description.type === 'offer') {
      await pc.setLocalDescription();
      if (pc.localDescription) this.callbacks.send({ kind: 'answer', payload: JSON.stringify(pc.localDescription.toJSON()) });
    }
  }

  /** Shares `track` (a screen) instead of the camera without renegotiating; null goes back to the camera. */
  async shareScreen(track: MediaStreamTrack | null): Promise<void> {
    this.screenTrack = track;
    const camera = this.local?.getVideoTracks()[0] ?? null;
    const sender = this.pc?.getSenders().find((candidate) => candidate.track?.kind === 'video' || candidate.track === null);
    if (sender) await sender.replaceTrack(track ?? camera);
  }

  close(): void {
    if (!this.pc) return;
    this.pc.ontrack = null;
    this.pc.onicecandidate = null;
    this.pc.onnegotiationneeded = null;
    this.pc.onconnectionstatechange = null;
    this.pc.close();
    this.pc = null;
    this.pendingCandidates = [];
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.callbacks.onRemoteStream(null);
  }
}
