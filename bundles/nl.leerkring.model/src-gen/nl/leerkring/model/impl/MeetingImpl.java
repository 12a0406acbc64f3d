/**
 */
package nl.leerkring.model.impl;

import java.util.Collection;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Meeting;

import nl.leerkring.model.Phase;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.MeetingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.MeetingImpl#getWeeksAfter <em>Weeks After</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.MeetingImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.MeetingImpl#isAfterTrial <em>After Trial</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends MinimalEObjectImpl.Container implements Meeting {
	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText title;

	/**
	 * The default value of the '{@link #getWeeksAfter() <em>Weeks After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeksAfter()
	 * @generated
	 * @ordered
	 */
	protected static final int WEEKS_AFTER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWeeksAfter() <em>Weeks After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeksAfter()
	 * @generated
	 * @ordered
	 */
	protected int weeksAfter = WEEKS_AFTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The default value of the '{@link #isAfterTrial() <em>After Trial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAfterTrial()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AFTER_TRIAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAfterTrial() <em>After Trial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAfterTrial()
	 * @generated
	 * @ordered
	 */
	protected boolean afterTrial = AFTER_TRIAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTitle(LocalizedText newTitle, NotificationChain msgs) {
		LocalizedText oldTitle = title;
		title = newTitle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEETING__TITLE, oldTitle, newTitle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(LocalizedText newTitle) {
		if (newTitle != title) {
			NotificationChain msgs = null;
			if (title != null)
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.MEETING__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.MEETING__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEETING__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWeeksAfter() {
		return weeksAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeeksAfter(int newWeeksAfter) {
		int oldWeeksAfter = weeksAfter;
		weeksAfter = newWeeksAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEETING__WEEKS_AFTER, oldWeeksAfter, weeksAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases() {
		if (phases == null) {
			phases = new EObjectResolvingEList<Phase>(Phase.class, this, LeerkringPackage.MEETING__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAfterTrial() {
		return afterTrial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterTrial(boolean newAfterTrial) {
		boolean oldAfterTrial = afterTrial;
		afterTrial = newAfterTrial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEETING__AFTER_TRIAL, oldAfterTrial, afterTrial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LeerkringPackage.MEETING__TITLE:
				return basicSetTitle(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.MEETING__TITLE:
				return getTitle();
			case LeerkringPackage.MEETING__WEEKS_AFTER:
				return getWeeksAfter();
			case LeerkringPackage.MEETING__PHASES:
				return getPhases();
			case LeerkringPackage.MEETING__AFTER_TRIAL:
				return isAfterTrial();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LeerkringPackage.MEETING__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case LeerkringPackage.MEETING__WEEKS_AFTER:
				setWeeksAfter((Integer)newValue);
				return;
			case LeerkringPackage.MEETING__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case LeerkringPackage.MEETING__AFTER_TRIAL:
				setAfterTrial((Boolean)newValue);
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
			case LeerkringPackage.MEETING__TITLE:
				setTitle((LocalizedText)null);
				return;
			case LeerkringPackage.MEETING__WEEKS_AFTER:
				setWeeksAfter(WEEKS_AFTER_EDEFAULT);
				return;
			case LeerkringPackage.MEETING__PHASES:
				getPhases().clear();
				return;
			case LeerkringPackage.MEETING__AFTER_TRIAL:
				setAfterTrial(AFTER_TRIAL_EDEFAULT);
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
			case LeerkringPackage.MEETING__TITLE:
				return title != null;
			case LeerkringPackage.MEETING__WEEKS_AFTER:
				return weeksAfter != WEEKS_AFTER_EDEFAULT;
			case LeerkringPackage.MEETING__PHASES:
				return phases != null && !phases.isEmpty();
			case LeerkringPackage.MEETING__AFTER_TRIAL:
				return afterTrial != AFTER_TRIAL_EDEFAULT;
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
		result.append(" (weeksAfter: ");
		result.append(weeksAfter);
		result.append(", afterTrial: ");
		result.append(afterTrial);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
