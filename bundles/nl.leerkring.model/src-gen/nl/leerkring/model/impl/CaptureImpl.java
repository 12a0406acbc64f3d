/**
 */
package nl.leerkring.model.impl;

import nl.leerkring.model.Capture;
import nl.leerkring.model.ItemKind;
import nl.leerkring.model.LeerkringPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Capture</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.CaptureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.CaptureImpl#getMin <em>Min</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.CaptureImpl#getMax <em>Max</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.CaptureImpl#isPerParticipant <em>Per Participant</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.CaptureImpl#getChooseMax <em>Choose Max</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaptureImpl extends MinimalEObjectImpl.Container implements Capture {
	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ItemKind kind;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected int min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected int max = MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #isPerParticipant() <em>Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerParticipant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PER_PARTICIPANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPerParticipant() <em>Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerParticipant()
	 * @generated
	 * @ordered
	 */
	protected boolean perParticipant = PER_PARTICIPANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChooseMax() <em>Choose Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChooseMax()
	 * @generated
	 * @ordered
	 */
	protected static final int CHOOSE_MAX_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getChooseMax() <em>Choose Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChooseMax()
	 * @generated
	 * @ordered
	 */
	protected int chooseMax = CHOOSE_MAX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaptureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.CAPTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemKind getKind() {
		if (kind != null && kind.eIsProxy()) {
			InternalEObject oldKind = (InternalEObject)kind;
			kind = (ItemKind)eResolveProxy(oldKind);
			if (kind != oldKind) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LeerkringPackage.CAPTURE__KIND, oldKind, kind));
			}
		}
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemKind basicGetKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ItemKind newKind) {
		ItemKind oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CAPTURE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(int newMin) {
		int oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CAPTURE__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(int newMax) {
		int oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CAPTURE__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPerParticipant() {
		return perParticipant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerParticipant(boolean newPerParticipant) {
		boolean oldPerParticipant = perParticipant;
		perParticipant = newPerParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CAPTURE__PER_PARTICIPANT, oldPerParticipant, perParticipant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChooseMax() {
		return chooseMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChooseMax(int newChooseMax) {
		int oldChooseMax = chooseMax;
		chooseMax = newChooseMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CAPTURE__CHOOSE_MAX, oldChooseMax, chooseMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.CAPTURE__KIND:
				if (resolve) return getKind();
				return basicGetKind();
			case LeerkringPackage.CAPTURE__MIN:
				return getMin();
			case LeerkringPackage.CAPTURE__MAX:
				return getMax();
			case LeerkringPackage.CAPTURE__PER_PARTICIPANT:
				return isPerParticipant();
			case LeerkringPackage.CAPTURE__CHOOSE_MAX:
				return getChooseMax();
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
			case LeerkringPackage.CAPTURE__KIND:
				setKind((ItemKind)newValue);
				return;
			case LeerkringPackage.CAPTURE__MIN:
				setMin((Integer)newValue);
				return;
			case LeerkringPackage.CAPTURE__MAX:
				setMax((Integer)newValue);
				return;
			case LeerkringPackage.CAPTURE__PER_PARTICIPANT:
				setPerParticipant((Boolean)newValue);
				return;
			case LeerkringPackage.CAPTURE__CHOOSE_MAX:
				setChooseMax((Integer)newValue);
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
			case LeerkringPackage.CAPTURE__KIND:
				setKind((ItemKind)null);
				return;
			case LeerkringPackage.CAPTURE__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case LeerkringPackage.CAPTURE__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case LeerkringPackage.CAPTURE__PER_PARTICIPANT:
				setPerParticipant(PER_PARTICIPANT_EDEFAULT);
				return;
			case LeerkringPackage.CAPTURE__CHOOSE_MAX:
				setChooseMax(CHOOSE_MAX_EDEFAULT);
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
			case LeerkringPackage.CAPTURE__KIND:
				return kind != null;
			case LeerkringPackage.CAPTURE__MIN:
				return min != MIN_EDEFAULT;
			case LeerkringPackage.CAPTURE__MAX:
				return max != MAX_EDEFAULT;
			case LeerkringPackage.CAPTURE__PER_PARTICIPANT:
				return perParticipant != PER_PARTICIPANT_EDEFAULT;
			case LeerkringPackage.CAPTURE__CHOOSE_MAX:
				return chooseMax != CHOOSE_MAX_EDEFAULT;
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
		result.append(" (min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", perParticipant: ");
		result.append(perParticipant);
		result.append(", chooseMax: ");
		result.append(chooseMax);
		result.append(')');
		return result.toString();
	}

} //CaptureImpl
