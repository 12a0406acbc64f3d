/**
 */
package nl.leerkring.model.impl;

import nl.leerkring.model.CodeMark;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Valence;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code Mark</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.CodeMarkImpl#getCodeId <em>Code Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.CodeMarkImpl#getValence <em>Valence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeMarkImpl extends MinimalEObjectImpl.Container implements CodeMark {
	/**
	 * The default value of the '{@link #getCodeId() <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCodeId() <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeId()
	 * @generated
	 * @ordered
	 */
	protected String codeId = CODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getValence() <em>Valence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValence()
	 * @generated
	 * @ordered
	 */
	protected static final Valence VALENCE_EDEFAULT = Valence.NONE;

	/**
	 * The cached value of the '{@link #getValence() <em>Valence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValence()
	 * @generated
	 * @ordered
	 */
	protected Valence valence = VALENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeMarkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.CODE_MARK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCodeId() {
		return codeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeId(String newCodeId) {
		String oldCodeId = codeId;
		codeId = newCodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CODE_MARK__CODE_ID, oldCodeId, codeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Valence getValence() {
		return valence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValence(Valence newValence) {
		Valence oldValence = valence;
		valence = newValence == null ? VALENCE_EDEFAULT : newValence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.CODE_MARK__VALENCE, oldValence, valence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.CODE_MARK__CODE_ID:
				return getCodeId();
			case LeerkringPackage.CODE_MARK__VALENCE:
				return getValence();
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
			case LeerkringPackage.CODE_MARK__CODE_ID:
				setCodeId((String)newValue);
				return;
			case LeerkringPackage.CODE_MARK__VALENCE:
				setValence((Valence)newValue);
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
			case LeerkringPackage.CODE_MARK__CODE_ID:
				setCodeId(CODE_ID_EDEFAULT);
				return;
			case LeerkringPackage.CODE_MARK__VALENCE:
				setValence(VALENCE_EDEFAULT);
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
			case LeerkringPackage.CODE_MARK__CODE_ID:
				return CODE_ID_EDEFAULT == null ? codeId != null : !CODE_ID_EDEFAULT.equals(codeId);
			case LeerkringPackage.CODE_MARK__VALENCE:
				return valence != VALENCE_EDEFAULT;
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
		result.append(" (codeId: ");
		result.append(codeId);
		result.append(", valence: ");
		result.append(valence);
		result.append(')');
		return result.toString();
	}

} //CodeMarkImpl
