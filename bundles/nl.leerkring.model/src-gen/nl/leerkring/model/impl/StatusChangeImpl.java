/**
 */
package nl.leerkring.model.impl;

import java.time.Instant;

import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.StatusChange;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.StatusChangeImpl#getAt <em>At</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StatusChangeImpl#getBy <em>By</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StatusChangeImpl#getFrom <em>From</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StatusChangeImpl#getTo <em>To</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StatusChangeImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StatusChangeImpl#getSessionId <em>Session Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusChangeImpl extends MinimalEObjectImpl.Container implements StatusChange {
	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Instant at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected static final String BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected String by = BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus FROM_EDEFAULT = ActionStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus TO_EDEFAULT = ActionStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus to = TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected String sessionId = SESSION_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatusChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.STATUS_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		Instant oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STATUS_CHANGE__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBy() {
		return by;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBy(String newBy) {
		String oldBy = by;
		by = newBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STATUS_CHANGE__BY, oldBy, by));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(ActionStatus newFrom) {
		ActionStatus oldFrom = from;
		from = newFrom == null ? FROM_EDEFAULT : newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STATUS_CHANGE__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(ActionStatus newTo) {
		ActionStatus oldTo = to;
		to = newTo == null ? TO_EDEFAULT : newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STATUS_CHANGE__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STATUS_CHANGE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionId() {
		return sessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionId(String newSessionId) {
		String oldSessionId = sessionId;
		sessionId = newSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STATUS_CHANGE__SESSION_ID, oldSessionId, sessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.STATUS_CHANGE__AT:
				return getAt();
			case LeerkringPackage.STATUS_CHANGE__BY:
				return getBy();
			case LeerkringPackage.STATUS_CHANGE__FROM:
				return getFrom();
			case LeerkringPackage.STATUS_CHANGE__TO:
				return getTo();
			case LeerkringPackage.STATUS_CHANGE__REASON:
				return getReason();
			case LeerkringPackage.STATUS_CHANGE__SESSION_ID:
				return getSessionId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LeerkringPackage.STATUS_CHANGE__AT:
				setAt((Instant)newValue);
				return;
			case LeerkringPackage.STATUS_CHANGE__BY:
				setBy((String)newValue);
				return;
			case LeerkringPackage.STATUS_CHANGE__FROM:
				setFrom((ActionStatus)newValue);
				return;
			case LeerkringPackage.STATUS_CHANGE__TO:
				setTo((ActionStatus)newValue);
				return;
			case LeerkringPackage.STATUS_CHANGE__REASON:
				setReason((String)newValue);
				return;
			case LeerkringPackage.STATUS_CHANGE__SESSION_ID:
				setSessionId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LeerkringPackage.STATUS_CHANGE__AT:
				setAt(AT_EDEFAULT);
				return;
			case LeerkringPackage.STATUS_CHANGE__BY:
				setBy(BY_EDEFAULT);
				return;
			case LeerkringPackage.STATUS_CHANGE__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case LeerkringPackage.STATUS_CHANGE__TO:
				setTo(TO_EDEFAULT);
				return;
			case LeerkringPackage.STATUS_CHANGE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case LeerkringPackage.STATUS_CHANGE__SESSION_ID:
				setSessionId(SESSION_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LeerkringPackage.STATUS_CHANGE__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case LeerkringPackage.STATUS_CHANGE__BY:
				return BY_EDEFAULT == null ? by != null : !BY_EDEFAULT.equals(by);
			case LeerkringPackage.STATUS_CHANGE__FROM:
				return from != FROM_EDEFAULT;
			case LeerkringPackage.STATUS_CHANGE__TO:
				return to != TO_EDEFAULT;
			case LeerkringPackage.STATUS_CHANGE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case LeerkringPackage.STATUS_CHANGE__SESSION_ID:
				return SESSION_ID_EDEFAULT == null ? sessionId != null : !SESSION_ID_EDEFAULT.equals(sessionId);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (at: ");
		result.append(at);
		result.append(", by: ");
		result.append(by);
		result.append(", from: ");
		result.append(from);
		result.append(", to: ");
		result.append(to);
		result.append(", reason: ");
		result.append(reason);
		result.append(", sessionId: ");
		result.append(sessionId);
		result.append(')');
		return result.toString();
	}

} //StatusChangeImpl
