/**
 */
package nl.leerkring.model.impl;

import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.StepTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Time</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.StepTimeImpl#getStepId <em>Step Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepTimeImpl#getElapsedSeconds <em>Elapsed Seconds</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepTimeImpl#getTimeboxSeconds <em>Timebox Seconds</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepTimeImpl#getSkipReason <em>Skip Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepTimeImpl extends MinimalEObjectImpl.Container implements StepTime {
	/**
	 * The default value of the '{@link #getStepId() <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepId()
	 * @generated
	 * @ordered
	 */
	protected static final String STEP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStepId() <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepId()
	 * @generated
	 * @ordered
	 */
	protected String stepId = STEP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int ELAPSED_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getElapsedSeconds() <em>Elapsed Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElapsedSeconds()
	 * @generated
	 * @ordered
	 */
	protected int elapsedSeconds = ELAPSED_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeboxSeconds() <em>Timebox Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeboxSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEBOX_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeboxSeconds() <em>Timebox Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeboxSeconds()
	 * @generated
	 * @ordered
	 */
	protected int timeboxSeconds = TIMEBOX_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkipReason() <em>Skip Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkipReason()
	 * @generated
	 * @ordered
	 */
	protected static final String SKIP_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSkipReason() <em>Skip Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkipReason()
	 * @generated
	 * @ordered
	 */
	protected String skipReason = SKIP_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepTimeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.STEP_TIME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStepId() {
		return stepId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepId(String newStepId) {
		String oldStepId = stepId;
		stepId = newStepId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP_TIME__STEP_ID, oldStepId, stepId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getElapsedSeconds() {
		return elapsedSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElapsedSeconds(int newElapsedSeconds) {
		int oldElapsedSeconds = elapsedSeconds;
		elapsedSeconds = newElapsedSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP_TIME__ELAPSED_SECONDS, oldElapsedSeconds, elapsedSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeboxSeconds() {
		return timeboxSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeboxSeconds(int newTimeboxSeconds) {
		int oldTimeboxSeconds = timeboxSeconds;
		timeboxSeconds = newTimeboxSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP_TIME__TIMEBOX_SECONDS, oldTimeboxSeconds, timeboxSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSkipReason() {
		return skipReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkipReason(String newSkipReason) {
		String oldSkipReason = skipReason;
		skipReason = newSkipReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP_TIME__SKIP_REASON, oldSkipReason, skipReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.STEP_TIME__STEP_ID:
				return getStepId();
			case LeerkringPackage.STEP_TIME__ELAPSED_SECONDS:
				return getElapsedSeconds();
			case LeerkringPackage.STEP_TIME__TIMEBOX_SECONDS:
				return getTimeboxSeconds();
			case LeerkringPackage.STEP_TIME__SKIP_REASON:
				return getSkipReason();
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
			case LeerkringPackage.STEP_TIME__STEP_ID:
				setStepId((String)newValue);
				return;
			case LeerkringPackage.STEP_TIME__ELAPSED_SECONDS:
				setElapsedSeconds((Integer)newValue);
				return;
			case LeerkringPackage.STEP_TIME__TIMEBOX_SECONDS:
				setTimeboxSeconds((Integer)newValue);
				return;
			case LeerkringPackage.STEP_TIME__SKIP_REASON:
				setSkipReason((String)newValue);
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
			case LeerkringPackage.STEP_TIME__STEP_ID:
				setStepId(STEP_ID_EDEFAULT);
				return;
			case LeerkringPackage.STEP_TIME__ELAPSED_SECONDS:
				setElapsedSeconds(ELAPSED_SECONDS_EDEFAULT);
				return;
			case LeerkringPackage.STEP_TIME__TIMEBOX_SECONDS:
				setTimeboxSeconds(TIMEBOX_SECONDS_EDEFAULT);
				return;
			case LeerkringPackage.STEP_TIME__SKIP_REASON:
				setSkipReason(SKIP_REASON_EDEFAULT);
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
			case LeerkringPackage.STEP_TIME__STEP_ID:
				return STEP_ID_EDEFAULT == null ? stepId != null : !STEP_ID_EDEFAULT.equals(stepId);
			case LeerkringPackage.STEP_TIME__ELAPSED_SECONDS:
				return elapsedSeconds != ELAPSED_SECONDS_EDEFAULT;
			case LeerkringPackage.STEP_TIME__TIMEBOX_SECONDS:
				return timeboxSeconds != TIMEBOX_SECONDS_EDEFAULT;
			case LeerkringPackage.STEP_TIME__SKIP_REASON:
				return SKIP_REASON_EDEFAULT == null ? skipReason != null : !SKIP_REASON_EDEFAULT.equals(skipReason);
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
		result.append(" (stepId: ");
		result.append(stepId);
		result.append(", elapsedSeconds: ");
		result.append(elapsedSeconds);
		result.append(", timeboxSeconds: ");
		result.append(timeboxSeconds);
		result.append(", skipReason: ");
		result.append(skipReason);
		result.append(')');
		return result.toString();
	}

} //StepTimeImpl
